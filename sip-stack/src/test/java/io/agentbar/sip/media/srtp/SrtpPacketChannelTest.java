package io.agentbar.sip.media.srtp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;

import static io.agentbar.sip.media.srtp.SrtpSessionTest.rtcp;
import static io.agentbar.sip.media.srtp.SrtpSessionTest.rtp;
import static org.assertj.core.api.Assertions.assertThat;

class SrtpPacketChannelTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final SrtpKeys aliceKeys = SrtpKeys.random(SrtpSuite.AES_CM_128_HMAC_SHA1_80, RANDOM);
    private final SrtpKeys bobKeys = SrtpKeys.random(SrtpSuite.AES_CM_128_HMAC_SHA1_80, RANDOM);
    private final SrtpSession aliceSession = SrtpSession.of(aliceKeys, bobKeys);
    private final SrtpSession bobSession = SrtpSession.of(bobKeys, aliceKeys);
    private final WirePair wire = new WirePair();
    private final SrtpPacketChannel alice = SrtpPacketChannel.rtp(wire.alice, aliceSession);
    private final SrtpPacketChannel bob = SrtpPacketChannel.rtp(wire.bob, bobSession);
    private final byte[] received = new byte[1500];

    @Test
    void protectsOnSendAndUnprotectsOnReceive() throws IOException {
        byte[] packet = rtp(0x1234, 1, 160);

        alice.send(packet, 0, packet.length);
        byte[] onTheWire = wire.toBob.peek();
        int length = bob.receive(received, WAIT);

        assertThat(onTheWire).hasSize(packet.length + 10);
        assertThat(Arrays.copyOfRange(onTheWire, 12, 172)).isNotEqualTo(Arrays.copyOfRange(packet, 12, 172));
        assertThat(Arrays.copyOf(received, length)).isEqualTo(packet);
    }

    @Test
    void sendingLeavesTheCallersPacketUntouchedAndHonoursTheOffset() throws IOException {
        byte[] packet = rtp(0x1234, 2, 40);
        byte[] framed = new byte[packet.length + 7];
        System.arraycopy(packet, 0, framed, 5, packet.length);
        byte[] before = framed.clone();

        alice.send(framed, 5, packet.length);

        assertThat(framed).isEqualTo(before);
        assertThat(Arrays.copyOf(received, bob.receive(received, WAIT))).isEqualTo(packet);
    }

    @Test
    void forgedPacketIsDroppedAndTheReceiveWaitsForTheRealOne() throws IOException {
        byte[] forged = rtp(0x1234, 3, 40);
        forged = Arrays.copyOf(forged, forged.length + 10); // plausible size, garbage tag
        wire.toBob.add(forged);
        byte[] real = rtp(0x1234, 3, 40);
        alice.send(real, 0, real.length);

        int length = bob.receive(received, WAIT);

        assertThat(Arrays.copyOf(received, length)).isEqualTo(real);
        assertThat(bob.dropped()).isEqualTo(1);
        assertThat(bobSession.drops().authentication()).isEqualTo(1);
    }

    @Test
    void onlyBadPacketsMeansATimeout() throws IOException {
        wire.toBob.add(new byte[] {1, 2, 3});
        wire.toBob.add(Arrays.copyOf(rtp(0x99, 1, 20), 42));

        assertThat(bob.receive(received, Duration.ofMillis(200))).isEqualTo(-1);
        assertThat(bob.dropped()).isEqualTo(2);
        assertThat(wire.toBob).isEmpty();
    }

    @Test
    void replayedPacketOnTheWireIsDropped() throws IOException {
        byte[] packet = rtp(0x1234, 4, 40);
        alice.send(packet, 0, packet.length);
        byte[] captured = wire.toBob.peek();
        assertThat(bob.receive(received, WAIT)).isEqualTo(packet.length);

        wire.toBob.add(captured);

        assertThat(bob.receive(received, Duration.ofMillis(100))).isEqualTo(-1);
        assertThat(bobSession.drops().replay()).isEqualTo(1);
    }

    @Test
    void rtcpChannelSpeaksSrtcp() throws IOException {
        WirePair rtcpWire = new WirePair();
        SrtpPacketChannel aliceRtcp = SrtpPacketChannel.rtcp(rtcpWire.alice, aliceSession);
        SrtpPacketChannel bobRtcp = SrtpPacketChannel.rtcp(rtcpWire.bob, bobSession);
        byte[] report = rtcp(0x1234);

        aliceRtcp.send(report, 0, report.length);
        byte[] onTheWire = rtcpWire.toBob.peek();
        int length = bobRtcp.receive(received, WAIT);

        assertThat(onTheWire).hasSize(report.length + 14);
        assertThat(onTheWire[onTheWire.length - 14] & 0x80).as("E flag: encrypted").isEqualTo(0x80);
        assertThat(Arrays.copyOf(received, length)).isEqualTo(report);
    }

    @Test
    void malformedOutgoingPacketIsNotSentAtAll() throws IOException {
        byte[] notRtp = {0x00, 0x01, 0x02};

        alice.send(notRtp, 0, notRtp.length);

        assertThat(wire.toBob).isEmpty();
        assertThat(aliceSession.drops().unprotectable()).isEqualTo(1);
    }

    @Test
    void jumboPacketGrowsTheSendBuffer() throws IOException {
        byte[] jumbo = rtp(0x1234, 5, 4000);

        alice.send(jumbo, 0, jumbo.length);

        byte[] big = new byte[jumbo.length + 10];
        assertThat(Arrays.copyOf(big, bob.receive(big, WAIT))).isEqualTo(jumbo);
    }
}
