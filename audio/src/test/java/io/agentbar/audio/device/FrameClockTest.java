package io.agentbar.audio.device;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameClockTest {
    private long now = 1_000_000_000L;
    private final List<Long> ticks = new ArrayList<>();
    private final FrameClock clock = new FrameClock(20, 10, () -> now, nanos -> now += nanos);

    private void tick(long workNanos) {
        clock.awaitTick();
        ticks.add(now);
        now += workNanos;
    }

    @Test
    void ticksStayOnTheGridWhateverTheWorkTakes() {
        for (int i = 0; i < 100; i++) {
            tick(i % 3 == 0 ? 7 : 13); // uneven work, always less than a period
        }
        for (int i = 0; i < ticks.size(); i++) {
            assertThat(ticks.get(i)).isEqualTo(1_000_000_000L + 20L * i);
        }
    }

    @Test
    void aLateCallerCatchesUpWithoutDrift() {
        tick(0);
        tick(75); // overran by almost three periods
        tick(0);
        tick(0);
        tick(0);
        tick(0);
        assertThat(ticks).containsExactly(1_000_000_000L, 1_000_000_020L, 1_000_000_095L, 1_000_000_095L,
                1_000_000_095L, 1_000_000_100L);
    }

    @Test
    void aLongStallRestartsTheGridInsteadOfBursting() {
        tick(0);
        tick(1000); // 50 periods
        tick(0);
        tick(0);
        assertThat(ticks).containsExactly(1_000_000_000L, 1_000_000_020L, 1_000_001_020L, 1_000_001_040L);
    }
}
