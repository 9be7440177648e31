package io.agentbar.audio.rtp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RtpPacketTest {
    private final RtpPacket packet = new RtpPacket();

    @Test
    void packetizedHeaderParsesBack() {
        RtpPacketizer packetizer = new RtpPacketizer(0xCAFEBABEL, 65535, 0xFFFFFF00L, 960);
        byte[] buf = new byte[100];
        int h = packetizer.writeHeader(buf, 111);
        buf[h] = 42;
        assertThat(packet.parse(buf, 0, h + 1)).isTrue();
        assertThat(packet.marker()).isTrue();
        assertThat(packet.payloadType()).isEqualTo(111);
        assertThat(packet.sequenceNumber()).isEqualTo(65535);
        assertThat(packet.timestamp()).isEqualTo(0xFFFFFF00L);
        assertThat(packet.ssrc()).isEqualTo(0xCAFEBABEL);
        assertThat(packet.payloadOffset()).isEqualTo(12);
        assertThat(packet.payloadLength()).isEqualTo(1);

        packetizer.advance();
        packetizer.writeHeader(buf, 111);
        assertThat(packet.parse(buf, 0, 12)).isTrue();
        assertThat(packet.marker()).as("only the first packet of a talkspurt").isFalse();
        assertThat(packet.sequenceNumber()).as("sequence wraps").isZero();
        assertThat(packet.timestamp()).as("timestamp wraps").isEqualTo(0x2C0L);
        assertThat(packet.payloadLength()).isZero();
    }

    @Test
    void randomPacketizersDiffer() {
        RtpPacketizer a = new RtpPacketizer(160, new Random(1));
        RtpPacketizer b = new RtpPacketizer(160, new Random(2));
        assertThat(a.ssrc()).isNotEqualTo(b.ssrc());
        assertThat(a.timestamp()).isNotEqualTo(b.timestamp());
    }

    @Test
    void skipsCsrcsExtensionAndPadding() {
        byte[] buf = {
                (byte) 0xB2, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, // V=2 P=1 X=1 CC=2, PT 0
                0, 0, 0, 10, 0, 0, 0, 11,                       // two CSRCs
                (byte) 0xBE, (byte) 0xDE, 0, 1, 1, 2, 3, 4,     // extension with one word
                7, 8, 9,                                         // payload
                0, 0, 3};                                        // three bytes of padding
        assertThat(packet.parse(buf, 0, buf.length)).isTrue();
        assertThat(packet.payloadOffset()).isEqualTo(28);
        assertThat(packet.payloadLength()).isEqualTo(3);
        assertThat(buf[packet.payloadOffset()]).isEqualTo((byte) 7);
    }

    @Test
    void rejectsGarbageWithoutThrowing() {
        byte[] ok = {(byte) 0x80, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 9};
        assertThat(packet.parse(ok, 0, 11)).as("short").isFalse();
        byte[] v1 = ok.clone();
        v1[0] = 0x40;
        assertThat(packet.parse(v1, 0, v1.length)).as("version 1").isFalse();
        byte[] csrc = ok.clone();
        csrc[0] = (byte) 0x8F;
        assertThat(packet.parse(csrc, 0, csrc.length)).as("CSRCs beyond the end").isFalse();
        byte[] ext = ok.clone();
        ext[0] = (byte) 0x90;
        assertThat(packet.parse(ext, 0, ext.length)).as("extension beyond the end").isFalse();
        byte[] pad = ok.clone();
        pad[0] = (byte) 0xA0;
        pad[12] = 0;
        assertThat(packet.parse(pad, 0, pad.length)).as("zero padding count").isFalse();
        pad[12] = 50;
        assertThat(packet.parse(pad, 0, pad.length)).as("padding longer than the packet").isFalse();
        byte[] rtcp = ok.clone();
        rtcp[1] = (byte) 200;
        assertThat(packet.parse(rtcp, 0, rtcp.length)).as("an RTCP SR").isFalse();
    }

    @Test
    void survivesRandomBytes() {
        Random random = new Random(7);
        byte[] buf = new byte[64];
        for (int i = 0; i < 100_000; i++) {
            random.nextBytes(buf);
            int length = random.nextInt(buf.length + 1);
            if (packet.parse(buf, 0, length)) {
                assertThat(packet.payloadOffset() + packet.payloadLength()).isLessThanOrEqualTo(length);
                assertThat(packet.payloadLength()).isNotNegative();
            }
        }
    }
}
