package io.agentbar.audio.rtp;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RtcpTest {
    private static final long US = 0x11111111L;
    private static final long THEM = 0xEEEEEEEEL;

    @Test
    void senderReportCarriesCountsTimesAndOneBlock() {
        RtcpWriter writer = new RtcpWriter(THEM, "them@example.invalid");
        long ntp = NtpTime.of(Instant.parse("2025-01-01T00:00:00.5Z"));
        ReportBlock block = new ReportBlock(US, 64, -3, 0x1_0005L, 120, 0x12345678L, 0x00018000L);
        byte[] buf = new byte[300];
        int length = writer.writeSenderReport(buf, ntp, 123_456, 250, 40_000, List.of(block));

        assertThat(length % 4).isZero();
        assertThat(buf[0] & 0xFF).isEqualTo(0x81);
        assertThat(buf[1] & 0xFF).isEqualTo(200);
        assertThat(RtpPacket.readShort(buf, 2)).isEqualTo((28 + 24) / 4 - 1);
        assertThat(buf[52 + 1] & 0xFF).as("SDES follows").isEqualTo(202);

        RtcpReader reader = new RtcpReader();
        assertThat(reader.read(buf, 0, length, US)).isTrue();
        assertThat(reader.hasSenderReport()).isTrue();
        assertThat(reader.senderSsrc()).isEqualTo(THEM);
        assertThat(reader.senderNtpTime()).isEqualTo(ntp);
        assertThat(NtpTime.middle32(ntp) & 0xFFFF).as("half a second").isEqualTo(0x8000);
        assertThat(reader.reportAboutUs()).contains(block);
        assertThat(block.lossPercent()).isEqualTo(25);
    }

    @Test
    void receiverReportAndByeWithoutBlocksAboutUs() {
        RtcpWriter writer = new RtcpWriter(THEM, "x");
        byte[] buf = new byte[300];
        int length = writer.writeReceiverReport(buf, List.of(new ReportBlock(0x999L, 0, 0, 1, 0, 0, 0)));
        length += writer.writeBye(buf, length);
        RtcpReader reader = new RtcpReader();
        assertThat(reader.read(buf, 0, length, US)).isTrue();
        assertThat(reader.hasSenderReport()).isFalse();
        assertThat(reader.reportAboutUs()).isEmpty();
        assertThat(reader.hasBye()).isTrue();
    }

    @Test
    void cumulativeLossIsClampedToTwentyFourBitsSigned() {
        RtcpWriter writer = new RtcpWriter(THEM, "x");
        byte[] buf = new byte[300];
        int length = writer.writeReceiverReport(buf, List.of(new ReportBlock(US, 0, -50_000_000, 1, 0, 0, 0)));
        RtcpReader reader = new RtcpReader();
        reader.read(buf, 0, length, US);
        assertThat(reader.reportAboutUs().orElseThrow().cumulativeLost()).isEqualTo(-0x800000L);
    }

    @Test
    void truncatedAndRandomInputIsToleratedWithoutExceptions() {
        RtcpWriter writer = new RtcpWriter(THEM, "them");
        byte[] buf = new byte[300];
        int length = writer.writeSenderReport(buf, 1L << 40, 1, 1, 1,
                List.of(new ReportBlock(US, 1, 1, 1, 1, 1, 1)));
        RtcpReader reader = new RtcpReader();
        for (int cut = 0; cut < length; cut++) {
            reader.read(buf, 0, cut, US); // must not throw
        }
        assertThat(reader.read(buf, 0, 27, US)).isFalse();
        Random random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            random.nextBytes(buf);
            buf[0] = (byte) (0x80 | (buf[0] & 0x3F));
            reader.read(buf, 0, random.nextInt(buf.length), US);
        }
    }

    @Test
    void compactTimeConversions() {
        assertThat(NtpTime.nanosToCompact(1_500_000_000L)).isEqualTo(0x18000L);
        assertThat(NtpTime.nanosToCompact(-500_000_000L)).isEqualTo(0xFFFF8000L);
        assertThat(NtpTime.compactToMillis(0x18000L)).isEqualTo(1500);
    }
}
