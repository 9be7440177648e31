package io.agentbar.audio;

import io.agentbar.core.media.AudioTap;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairing played and captured frames for taps, without threads. */
class AudioTapsTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final AudioTaps taps = new AudioTaps("call");
    private final List<short[]> pairs = new ArrayList<>();
    private final AudioTap recorder = (agent, customer) -> pairs.add(new short[]{agent[0], customer[0]});

    @Test
    void eachCapturedFrameIsPairedWithTheOldestPlayedOne() {
        taps.add(recorder);
        taps.played(frame(101));
        taps.played(frame(102));
        taps.captured(frame(1));
        taps.captured(frame(2));
        taps.captured(frame(3)); // nothing played yet: silence
        assertThat(pairs).containsExactly(new short[]{1, 101}, new short[]{2, 102}, new short[]{3, 0});
    }

    @Test
    void aSpeakerRunningAheadIsSkippedToKeepTheSidesAligned() {
        taps.add(recorder);
        for (int i = 1; i <= 12; i++) {
            taps.played(frame(100 + i));
        }
        taps.captured(frame(1));
        assertThat(pairs).containsExactly(new short[]{1, 108}); // at most 5 frames (100 ms) stay: 108..112
    }

    @Test
    void withoutTapsNothingIsKeptAndARemovedTapHearsNoMore() {
        taps.played(frame(101)); // nobody listens: not even queued
        taps.add(recorder);
        taps.captured(frame(1));
        taps.remove(recorder);
        taps.played(frame(102));
        taps.captured(frame(2));
        assertThat(pairs).containsExactly(new short[]{1, 0});
        assertThat(taps.active()).isFalse();
    }

    @Test
    void aThrowingTapIsRemovedAndTheOthersGoOn() {
        taps.add((a, c) -> {
            throw new IllegalStateException("bug");
        });
        taps.add(recorder);
        taps.captured(frame(1));
        taps.captured(frame(2));
        assertThat(pairs).hasSize(2);
    }

    @Test
    void pairingAllocatesNothingPerFrame() {
        short[] agent = frame(1);
        short[] customer = frame(2);
        long[] sum = new long[1];
        taps.add((a, c) -> sum[0] += a[0] + c[0]);
        run(agent, customer, 5000); // warm up
        long before = THREADS.getCurrentThreadAllocatedBytes();
        run(agent, customer, 1000);
        assertThat(THREADS.getCurrentThreadAllocatedBytes() - before).as("bytes for 1000 frames").isLessThan(1000);
        assertThat(sum[0]).isEqualTo(6000 * 3);
    }

    private void run(short[] agent, short[] customer, int frames) {
        for (int i = 0; i < frames; i++) {
            taps.played(customer);
            taps.captured(agent);
        }
    }

    private static short[] frame(int marker) {
        short[] f = new short[960];
        f[0] = (short) marker;
        return f;
    }
}
