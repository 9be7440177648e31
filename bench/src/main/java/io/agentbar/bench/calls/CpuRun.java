package io.agentbar.bench.calls;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One established Opus call into a freshly started callee, placed by a baresip caller (the same caller for every
 * callee, so only the callee differs), measuring the callee's own CPU time from {@code /proc/PID/stat}: first over
 * the call's first {@link #FIRST_WINDOW} (class loading, JIT warm-up), then, after an untimed gap, over a steady
 * window. The gap matters for a JVM: C2 was seen compiling for about 30 s into the first call (6 s of CPU), and that
 * is the first-call figure's business, not the per-call one's.
 */
final class CpuRun {
    static final Duration FIRST_WINDOW = Duration.ofSeconds(10);
    private static final Duration ESTABLISH_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CALLER_ENCODES_MONO_OPUS = Pattern.compile("Set audio encoder: opus 48000Hz 1ch");

    private CpuRun() {
    }

    /**
     * @param callee     freshly started, idle, set to answer Opus at once
     * @param codecLine  a callee line proving the call runs Opus
     * @param complexity the caller's Opus complexity (the same as the callee's)
     * @param gap        untimed, between the first window and the steady one
     * @param steady     the steady window
     */
    static CpuFigures measure(PhoneUnderTest callee, Pattern codecLine, SipProbe probe, Path work, Path source,
                              int complexity, Duration gap, Duration steady) throws IOException, InterruptedException {
        // the caller dials as soon as it is up: the callee must already answer
        LaunchRun.readyMillis(callee, probe);
        try (PhoneUnderTest caller = BaresipLaunch.start(work, "caller", BaresipLaunch.OPUS, source, complexity,
                Optional.of(callee.uri()))) {
            int mark = callee.awaitEstablished(ESTABLISH_TIMEOUT);
            // fixed measurement windows, not waits for a condition
            long firstStart = System.nanoTime();
            double firstCpuStart = ProcessMeter.cpuMillis(callee.pid());
            Thread.sleep(FIRST_WINDOW);
            long firstEnd = System.nanoTime();
            double firstCpuEnd = ProcessMeter.cpuMillis(callee.pid());
            Thread.sleep(gap);
            long steadyStart = System.nanoTime();
            double steadyCpuStart = ProcessMeter.cpuMillis(callee.pid());
            Thread.sleep(steady);
            long steadyEnd = System.nanoTime();
            double steadyCpuEnd = ProcessMeter.cpuMillis(callee.pid());
            double rss = ProcessMeter.rssMib(callee.pid());
            if (callee.endedAfter(mark) || !callee.isAlive() || !caller.isAlive() || caller.endedAfter(-1)) {
                throw new IllegalStateException("the call into " + callee.name() + " ended inside the measurement window;"
                        + " see " + callee.process().logFile() + " and " + caller.process().logFile());
            }
            if (!callee.printed(codecLine) || !caller.printed(CALLER_ENCODES_MONO_OPUS)) {
                throw new IllegalStateException("the call into " + callee.name() + " did not run mono Opus both ways;"
                        + " see " + callee.process().logFile() + " and " + caller.process().logFile());
            }
            // scaled to exactly the nominal 10 s: the sleep overshoots by a millisecond or so
            double firstWindow = (firstCpuEnd - firstCpuStart) * FIRST_WINDOW.toNanos() / (firstEnd - firstStart);
            double steadyPercent = 100.0 * (steadyCpuEnd - steadyCpuStart) / ((steadyEnd - steadyStart) / 1e6);
            return new CpuFigures(firstWindow, steadyPercent, rss);
        }
    }
}
