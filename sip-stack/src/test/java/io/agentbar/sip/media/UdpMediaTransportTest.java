package io.agentbar.sip.media;

import io.agentbar.core.media.MediaTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UdpMediaTransportTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final Duration QUIET = Duration.ofMillis(150);

    private final UdpMediaTransports transports = new UdpMediaTransports(new PortRange(30000, 39999));
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private MediaTransport transport() throws IOException {
        MediaTransport t = transports.open(LOOPBACK);
        open.add(t);
        return t;
    }

    private DatagramSocket socket() throws IOException {
        DatagramSocket s = new DatagramSocket(0, LOOPBACK);
        s.setSoTimeout((int) WAIT.toMillis());
        open.add(s);
        return s;
    }

    static byte[] rtp(int sequence) {
        byte[] p = new byte[172];
        p[0] = (byte) 0x80;
        p[1] = 0; // PCMU
        p[2] = (byte) (sequence >> 8);
        p[3] = (byte) sequence;
        p[11] = 7; // SSRC
        return p;
    }

    static byte[] rtcpSenderReport() {
        byte[] p = new byte[28];
        p[0] = (byte) 0x80;
        p[1] = (byte) 200;
        p[3] = 6;
        return p;
    }

    @Test
    void bindsRtpToAnEvenPortAndRtcpToTheNextOne() throws IOException {
        MediaTransport t = transport();
        assertThat(t.localRtp().getPort() % 2).isZero();
        assertThat(t.localRtcp().getPort()).isEqualTo(t.localRtp().getPort() + 1);
        assertThat(t.localRtp().getAddress()).isEqualTo(LOOPBACK);
        assertThat(t.localRtp().getPort()).isBetween(30000, 39998);
    }

    @Test
    void twoConnectedTransportsExchangeRtpAndRtcp() throws IOException {
        MediaTransport a = transport();
        MediaTransport b = transport();
        a.connect(b.localRtp(), b.localRtcp());
        b.connect(a.localRtp(), a.localRtcp());
        byte[] packet = rtp(1);
        a.rtp().send(packet, 0, packet.length);
        byte[] buffer = new byte[1500];
        assertThat(b.rtp().receive(buffer, WAIT)).isEqualTo(packet.length);
        byte[] report = rtcpSenderReport();
        b.rtcp().send(report, 0, report.length);
        assertThat(a.rtcp().receive(buffer, WAIT)).isEqualTo(report.length);
        assertThat(buffer[1] & 0xFF).isEqualTo(200);
    }

    @Test
    void receiveReturnsMinusOneWhenNothingArrives() throws IOException {
        assertThat(transport().rtp().receive(new byte[1500], QUIET)).isEqualTo(-1);
    }

    @Test
    void sendingBeforeConnectIsDroppedQuietly() throws IOException {
        byte[] p = rtp(1);
        transport().rtp().send(p, 0, p.length);
    }

    @Test
    void afterCloseReceiveAndSendThrowClosedChannelException() throws Exception {
        MediaTransport t = transports.open(LOOPBACK);
        CompletableFuture<Throwable> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                t.rtp().receive(new byte[1500], Duration.ofSeconds(30));
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        // the receiver may or may not be inside receive() yet; either way it must end with the exception
        t.close();
        assertThat(blocked.get(5, TimeUnit.SECONDS)).isInstanceOf(ClosedChannelException.class);
        assertThatThrownBy(() -> t.rtp().receive(new byte[10], QUIET)).isInstanceOf(ClosedChannelException.class);
        assertThatThrownBy(() -> t.rtp().send(new byte[12], 0, 12)).isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void latchesToTheRealSourceAfterARunOfInSequencePacketsAndRtcpFollows() throws IOException {
        MediaTransport t = transport();
        DatagramSocket sdpSaid = socket();
        DatagramSocket natted = socket();
        DatagramSocket nattedRtcp = new DatagramSocket(natted.getLocalPort() + 1, LOOPBACK);
        nattedRtcp.setSoTimeout((int) WAIT.toMillis());
        open.add(nattedRtcp);
        t.connect((InetSocketAddress) sdpSaid.getLocalSocketAddress(),
                new InetSocketAddress(LOOPBACK, sdpSaid.getLocalPort() + 1));
        byte[] buffer = new byte[1500];
        for (int seq = 100; seq < 103; seq++) {
            send(natted, rtp(seq), t.localRtp());
        }
        assertThat(t.rtp().receive(buffer, QUIET)).as("a stranger's first packets are dropped").isEqualTo(-1);
        send(natted, rtp(103), t.localRtp());
        assertThat(t.rtp().receive(buffer, WAIT)).as("the 4th in-sequence packet latches").isEqualTo(172);
        assertThat(((UdpMediaTransport) t).remoteRtp()).contains((InetSocketAddress) natted.getLocalSocketAddress());

        byte[] out = rtp(1);
        t.rtp().send(out, 0, out.length);
        DatagramPacket got = new DatagramPacket(new byte[1500], 1500);
        natted.receive(got);
        assertThat(got.getLength()).isEqualTo(172);
        byte[] report = rtcpSenderReport();
        t.rtcp().send(report, 0, report.length);
        nattedRtcp.receive(got);
        assertThat(got.getLength()).isEqualTo(report.length);
    }

    @Test
    void doesNotLatchOnGarbageOrOutOfSequencePacketsAndKeepsTheSdpSource() throws IOException {
        MediaTransport t = transport();
        DatagramSocket remote = socket();
        DatagramSocket stranger = socket();
        t.connect((InetSocketAddress) remote.getLocalSocketAddress(),
                new InetSocketAddress(LOOPBACK, remote.getLocalPort() + 1));
        byte[] buffer = new byte[1500];
        byte[] garbage = new byte[172];
        for (int i = 0; i < 10; i++) {
            send(stranger, garbage, t.localRtp());
            send(stranger, rtp(i * 7), t.localRtp()); // valid header, never in sequence
        }
        send(remote, rtp(5), t.localRtp());
        assertThat(t.rtp().receive(buffer, WAIT)).as("only the remote's packet comes through").isEqualTo(172);
        assertThat(buffer[3]).isEqualTo((byte) 5);
        assertThat(((UdpMediaTransport) t).remoteRtp()).contains((InetSocketAddress) remote.getLocalSocketAddress());
    }

    @Test
    void takenPortsAreSkippedAndAFullRangeIsAnError() throws IOException {
        UdpMediaTransports tiny = new UdpMediaTransports(new PortRange(41000, 41003));
        MediaTransport first = tiny.open(LOOPBACK);
        open.add(first);
        MediaTransport second = tiny.open(LOOPBACK);
        open.add(second);
        assertThat(List.of(first.localRtp().getPort(), second.localRtp().getPort())).containsExactlyInAnyOrder(41000, 41002);
        assertThatThrownBy(() -> tiny.open(LOOPBACK)).isInstanceOf(IOException.class).hasMessageContaining("41000-41003");
    }

    @Test
    void portRangeMustHoldAPair() {
        assertThatThrownBy(() -> new PortRange(41001, 41001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PortRange(41001, 41004).pairs()).isEqualTo(1);
        assertThat(new PortRange(41001, 41004).rtpPort(0)).isEqualTo(41002);
    }

    private static void send(DatagramSocket from, byte[] packet, InetSocketAddress to) throws IOException {
        from.send(new DatagramPacket(packet, packet.length, to));
    }
}
