package io.agentbar.bench.quality;

import org.junit.jupiter.api.Test;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two fake phones on loopback talk through the relay: SIP is rewritten, media is routed and impaired one way. */
class ImpairmentRelayTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void putsItselfIntoBothMediaDirectionsAndImpairsOnlyOne() throws Exception {
        try (DatagramSocket callerSip = socket(); DatagramSocket callerRtp = socket();
             DatagramSocket calleeSip = socket(); DatagramSocket calleeRtp = socket();
             ImpairmentRelay relay = ImpairmentRelay.start(calleeSip.getLocalPort(), new Impairment(0.5, 1, 0, 5, 3),
                     MediaLeg.Direction.TO_CALLEE, true, Duration.ofSeconds(30))) {
            int relaySip = Integer.parseInt(relay.uri("rx").replaceAll(".*:", ""));
            String offer = SipDatagramTest.SDP.replace("31000", Integer.toString(callerRtp.getLocalPort()))
                    .replace("a=rtcp:31005\r\n", "");
            send(callerSip, SipDatagramTest.invite(offer), relaySip);

            SipDatagram invite = receive(calleeSip);
            assertThat(invite.startLine()).startsWith("INVITE sip:rx@127.0.0.1:" + calleeSip.getLocalPort());
            assertThat(SipDatagram.branch(invite.topVia().orElseThrow())).startsWith("z9hG4bK-relay-");
            SdpMedia.Address offered = SdpMedia.audio(invite.body()).orElseThrow();
            assertThat(offered.rtpPort()).isEqualTo(relay.media().calleeFacingPort());

            String answer = SipDatagramTest.SDP.replace("31000", Integer.toString(calleeRtp.getLocalPort()))
                    .replace("a=rtcp:31005\r\n", "");
            String ok = new String(invite.bytes(), StandardCharsets.UTF_8).replaceFirst("^INVITE [^\r]*", "SIP/2.0 200 OK")
                    .replace(invite.body(), answer).replaceFirst("Content-Length: \\d+", "Content-Length: " + answer.length());
            send(calleeSip, ok.getBytes(StandardCharsets.UTF_8), relaySip);

            SipDatagram response = receive(callerSip);
            assertThat(response.startLine()).isEqualTo("SIP/2.0 200 OK");
            assertThat(SipDatagram.branch(response.topVia().orElseThrow())).isEqualTo("z9hG4bKabc");
            SdpMedia.Address answered = SdpMedia.audio(response.body()).orElseThrow();
            assertThat(answered.rtpPort()).isEqualTo(relay.media().callerFacingPort());

            for (int seq = 0; seq < 200; seq++) {
                send(callerRtp, rtp(seq), answered.rtpPort());
            }
            for (int seq = 0; seq < 20; seq++) {
                send(calleeRtp, rtp(seq), offered.rtpPort());
            }
            int toCallee = count(calleeRtp, offered.rtpPort());
            int toCaller = count(callerRtp, answered.rtpPort());
            assertThat(toCaller).isEqualTo(20);
            assertThat(toCallee).isBetween(70, 130);
            assertThat(relay.media().lossFraction(MediaLeg.Direction.TO_CALLEE)).isEqualTo((200 - toCallee) / 200.0);
            assertThat(relay.media().observed()).hasSize(220);
        }
    }

    private static DatagramSocket socket() throws Exception {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        s.setSoTimeout(2000);
        return s;
    }

    private static void send(DatagramSocket from, byte[] data, int port) throws Exception {
        from.send(new DatagramPacket(data, data.length, new InetSocketAddress(LOOPBACK, port)));
    }

    private static SipDatagram receive(DatagramSocket socket) throws Exception {
        DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
        socket.receive(p);
        return SipDatagram.parse(p.getData(), p.getLength());
    }

    /** Packets that arrive until the line stays quiet for half a second, all from the relay's port. */
    private static int count(DatagramSocket socket, int relayPort) throws Exception {
        socket.setSoTimeout(500);
        int n = 0;
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        for (int i = 0; i < 1000; i++) {
            try {
                socket.receive(p);
            } catch (SocketTimeoutException quiet) {
                return n;
            }
            assertThat(p.getPort()).as("symmetric: media comes from where it is sent to").isEqualTo(relayPort);
            n++;
        }
        return n;
    }

    private static byte[] rtp(int sequence) {
        byte[] packet = new byte[32];
        packet[0] = (byte) 0x80;
        packet[1] = 96;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        return packet;
    }
}
