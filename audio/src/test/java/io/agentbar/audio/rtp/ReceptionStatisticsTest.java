package io.agentbar.audio.rtp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** RFC 3550 appendix A.1, A.3 and A.8. */
class ReceptionStatisticsTest {
    private static final long MS = 1_000_000;

    @Test
    void extendsSequenceNumbersAcrossTheWrapAndCountsLoss() {
        ReceptionStatistics s = new ReceptionStatistics(8000);
        int[] seqs = {65533, 65534, 0, 1, 3};
        for (int i = 0; i < seqs.length; i++) {
            s.update(1, seqs[i], 160L * i, 20 * MS * i);
        }
        assertThat(s.extendedHighestSequence()).isEqualTo(65536 + 3);
        assertThat(s.expected()).isEqualTo(7);
        assertThat(s.received()).isEqualTo(5);
        assertThat(s.cumulativeLost()).isEqualTo(2);
        assertThat(s.takeFractionLost()).isEqualTo(2 * 256 / 7);
        assertThat(s.takeFractionLost()).as("new interval, nothing new").isZero();
    }

    @Test
    void jitterIsZeroForPerfectPacingAndGrowsWithDeviation() {
        ReceptionStatistics s = new ReceptionStatistics(8000);
        for (int i = 0; i < 50; i++) {
            s.update(1, i, 160L * i, 20 * MS * i);
        }
        assertThat(s.jitter()).isZero();
        // every packet alternately 5 ms early / late: |D| = 10 ms = 80 units; J converges to 80
        for (int i = 50; i < 400; i++) {
            long skew = (i % 2 == 0 ? 5 : -5) * MS;
            s.update(1, i, 160L * i, 20 * MS * i + skew);
        }
        assertThat(s.jitter()).isCloseTo(80, within(0.5));
        assertThat(s.jitterMillis()).isCloseTo(10, within(0.1));
    }

    @Test
    void aHugeJumpIsTrustedOnlyWhenTheNextPacketConfirmsIt() {
        ReceptionStatistics s = new ReceptionStatistics(8000);
        s.update(1, 100, 0, 0);
        assertThat(s.update(1, 40_000, 0, MS)).isFalse();
        assertThat(s.update(1, 40_001, 160, 2 * MS)).isTrue();
        assertThat(s.extendedHighestSequence()).isEqualTo(40_001);
        assertThat(s.received()).as("restarted").isEqualTo(1);
    }

    @Test
    void aNewSourceRestartsTheCount() {
        ReceptionStatistics s = new ReceptionStatistics(8000);
        s.update(1, 10, 0, 0);
        s.update(1, 11, 160, 20 * MS);
        s.update(2, 5000, 0, 40 * MS);
        assertThat(s.ssrc()).isEqualTo(2);
        assertThat(s.received()).isEqualTo(1);
        assertThat(s.expected()).isEqualTo(1);
    }
}
