package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The real-time clock of a software device: tick n is due at {@code start + n × 20 ms}, so
 * waiting never accumulates drift. A caller that fell behind gets its ticks at once until it has
 * caught up; after a stall longer than {@code maxLagFrames} (a suspended laptop, a long GC) the
 * clock restarts from now rather than bursting the backlog into the network.
 */
public final class FrameClock {
    private static final int DEFAULT_MAX_LAG_FRAMES = 10;

    private final long periodNanos;
    private final int maxLagFrames;
    private final LongSupplier nanoTime;
    private final LongConsumer park;
    private long start;
    private long ticks = -1;

    public FrameClock() {
        this(TimeUnit.MILLISECONDS.toNanos(PcmFormat.FRAME_MILLIS), DEFAULT_MAX_LAG_FRAMES, System::nanoTime,
                LockSupport::parkNanos);
    }

    /** For tests: an injected time source and parking function. */
    public FrameClock(long periodNanos, int maxLagFrames, LongSupplier nanoTime, LongConsumer park) {
        this.periodNanos = periodNanos;
        this.maxLagFrames = maxLagFrames;
        this.nanoTime = nanoTime;
        this.park = park;
    }

    /** Blocks until the next tick is due. The first call returns at once and starts the clock. */
    public void awaitTick() {
        long now = nanoTime.getAsLong();
        if (ticks < 0) {
            start = now;
            ticks = 0;
            return;
        }
        ticks++;
        long due = start + ticks * periodNanos;
        if (now - due > maxLagFrames * periodNanos) {
            start = now;
            ticks = 0;
            return;
        }
        for (long wait = due - now; wait > 0; wait = due - nanoTime.getAsLong()) {
            park.accept(wait);
        }
    }

    /** Forgets the start, so the next tick comes at once. */
    public void reset() {
        ticks = -1;
    }
}
