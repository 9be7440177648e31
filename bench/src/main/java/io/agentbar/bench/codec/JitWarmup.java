package io.agentbar.bench.codec;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Warms the JIT on the loop about to be timed until it has (nearly) stopped compiling. A fixed frame count is not
 * enough on a shared machine: measured here, Concentus settled after about 12 000 frames when the machine was idle
 * but needed 16 000 encodes and 30 000 decodes while other processes kept both cores busy (the compiler threads get
 * less CPU). The JVM's total compilation time says when the hot code is compiled; a trickle of recompilations goes
 * on for long after that, so the test is a rate, not zero.
 */
final class JitWarmup {
    static final Duration WINDOW = Duration.ofSeconds(2);
    /** At most this share of a window spent compiling counts as settled. */
    static final double SETTLED_SHARE = 0.02;

    /** What one warm-up step does: runs the loop over {@code frames} frames. */
    interface Pass {
        void run(int frames);
    }

    /** How the warm-up went, for the method line. */
    record Result(long frames, boolean settled) {
    }

    private JitWarmup() {
    }

    /**
     * Runs {@code pass} over {@code passFrames} frames at a time, at least {@code minFrames} in all and for at most
     * {@code limit}, stopping at the end of the first {@link #WINDOW} of wall time (counted in whole passes, after
     * {@code minFrames}) in which the JIT compiled for at most {@link #SETTLED_SHARE} of it.
     */
    static Result run(Pass pass, int passFrames, long minFrames, Duration limit) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            throw new IllegalStateException("this JVM does not report its JIT compilation time");
        }
        long frames = 0;
        long windowStart = System.nanoTime();
        long deadline = windowStart + limit.toNanos();
        long windowCompileMillis = jit.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            pass.run(passFrames);
            frames += passFrames;
            long now = System.nanoTime();
            if (frames < minFrames) {
                windowStart = now;
                windowCompileMillis = jit.getTotalCompilationTime();
            } else if (now - windowStart >= WINDOW.toNanos()) {
                long compiling = jit.getTotalCompilationTime() - windowCompileMillis;
                if (compiling <= SETTLED_SHARE * (now - windowStart) / 1e6) {
                    return new Result(frames, true);
                }
                windowStart = now;
                windowCompileMillis += compiling;
            }
        }
        return new Result(frames, false);
    }
}
