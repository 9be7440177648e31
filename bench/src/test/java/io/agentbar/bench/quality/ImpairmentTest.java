package io.agentbar.bench.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ImpairmentTest {
    private static final int PACKETS = 200_000;

    @Test
    void randomLossHitsItsRateWithoutBursts() {
        Impairment.Fates fates = new Impairment(0.10, 1, 10, 40, 7).fates();
        int lost = 0;
        int lostAfterLost = 0;
        boolean previous = false;
        for (int i = 0; i < PACKETS; i++) {
            boolean now = fates.lost();
            lost += now ? 1 : 0;
            lostAfterLost += now && previous ? 1 : 0;
            previous = now;
        }
        assertThat(lost / (double) PACKETS).isCloseTo(0.10, within(0.005));
        // independent: a loss is no more likely right after a loss
        assertThat(lostAfterLost / (double) lost).isCloseTo(0.10, within(0.01));
    }

    @Test
    void gilbertElliottKeepsTheMeanLossButLosesInBursts() {
        Impairment.Fates fates = new Impairment(0.10, 3, 0, 0, 7).fates();
        int lost = 0;
        int bursts = 0;
        boolean previous = false;
        for (int i = 0; i < PACKETS; i++) {
            boolean now = fates.lost();
            lost += now ? 1 : 0;
            bursts += now && !previous ? 1 : 0;
            previous = now;
        }
        assertThat(lost / (double) PACKETS).isCloseTo(0.10, within(0.01));
        assertThat(lost / (double) bursts).as("mean burst length").isCloseTo(3.0, within(0.15));
    }

    @Test
    void theSameSeedGivesTheSameFates() {
        Impairment settings = new Impairment(0.2, 2, 10, 40, 42);
        Impairment.Fates a = settings.fates();
        Impairment.Fates b = settings.fates();
        for (int i = 0; i < 1000; i++) {
            assertThat(a.lost()).isEqualTo(b.lost());
            assertThat(a.delayNanos()).isEqualTo(b.delayNanos());
        }
    }

    @Test
    void delaysStayWithinTheirRange() {
        Impairment.Fates fates = new Impairment(0, 1, 10, 40, 3).fates();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long d = fates.delayNanos();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertThat(min).isGreaterThanOrEqualTo(10_000_000L).isLessThan(11_000_000L);
        assertThat(max).isLessThanOrEqualTo(40_000_000L).isGreaterThan(39_000_000L);
    }

    @Test
    void noneNeitherLosesNorDelays() {
        Impairment.Fates fates = Impairment.none().fates();
        for (int i = 0; i < 1000; i++) {
            assertThat(fates.lost()).isFalse();
            assertThat(fates.delayNanos()).isZero();
        }
    }

    @Test
    void describesItselfForTheMethodLine() {
        assertThat(new Impairment(0.05, 1, 10, 40, 1).describe()).isEqualTo("5 % random loss, 10–40 ms uniform delay");
        assertThat(new Impairment(0.10, 3, 10, 40, 1).describe())
                .startsWith("10 % bursty loss (Gilbert–Elliott, mean burst 3 packets)");
        assertThat(Impairment.none().describe()).isEqualTo("no loss");
    }

    @Test
    void refusesSettingsItCannotReach() {
        assertThatThrownBy(() -> new Impairment(1.0, 1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Impairment(0.1, 1, 40, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Impairment(0.9, 1.05, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
