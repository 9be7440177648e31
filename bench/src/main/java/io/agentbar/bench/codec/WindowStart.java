package io.agentbar.bench.codec;

import io.agentbar.app.it.peers.PeerProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * One start of the window: {@code ./agentbar} with no arguments (built-in test line, no account: an empty
 * {@code XDG_CONFIG_HOME}) on a virtual display, timed from just before the process is spawned, on this JVM's wall
 * clock, to the {@code first-frame-epoch-ms=} the app prints after its first layout pulse (same machine clock).
 * The launcher execs the JVM, so the PID we hold is the app's.
 */
final class WindowStart {
    /** Generous: the launcher rebuilds the app first when its sources changed since the last build. */
    private static final Duration FIRST_FRAME_LIMIT = Duration.ofMinutes(5);
    /** The JVM assembles the AOT cache in a child JVM while it exits; measured at about 5 s here. */
    private static final Duration AOT_ASSEMBLY_LIMIT = Duration.ofMinutes(3);
    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-epoch-ms=(\\d+)");
    private static final Pattern AOT_CACHE_WRITTEN = Pattern.compile("AOTCache creation is complete");
    /** The launcher's note that it rebuilt first: such a start timed Maven, not AgentBar. */
    private static final Pattern LAUNCHER_BUILT = Pattern.compile("^agentbar: building");
    private static final int ATTEMPTS = 3;

    private final Path launcher;
    private final Path work;
    private final String display;
    private int runs;

    WindowStart(Path launcher, Path work, String display) {
        this.launcher = launcher;
        this.work = work;
        this.display = display;
    }

    /**
     * Starts the window with {@code jvmOptions}, returns milliseconds to its first frame, and stops it. A start in
     * which the launcher rebuilt the app (someone changed sources meanwhile) is thrown away and taken again.
     */
    long millisToFirstFrame(String jvmOptions) throws IOException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            PeerProcess app = null;
            try {
                ProcessBuilder builder = builder(jvmOptions);
                long launched = System.currentTimeMillis();
                app = PeerProcess.start("bench-window", builder);
                long firstFrame = Long.parseLong(app.awaitLine(FIRST_FRAME, FIRST_FRAME_LIMIT).group(1));
                if (app.findLast(LAUNCHER_BUILT).isEmpty()) {
                    return firstFrame - launched;
                }
            } finally {
                if (app != null) {
                    app.stop();
                }
            }
        }
        throw new IllegalStateException("the launcher rebuilt the app in each of " + ATTEMPTS
                + " starts (sources keep changing), so no start could be timed");
    }

    /**
     * A training run (JEP 514): starts the window with {@code -XX:AOTCacheOutput}, lets it reach its first frame,
     * then ends it with SIGTERM and waits until the exiting JVM has written the cache.
     */
    void trainAotCache(Path cache) throws IOException, InterruptedException {
        PeerProcess app = PeerProcess.start("bench-window-aot-training", builder("-XX:AOTCacheOutput=" + cache));
        try {
            app.awaitLine(FIRST_FRAME, FIRST_FRAME_LIMIT);
            ProcessHandle handle = ProcessHandle.of(app.pid()).orElseThrow(() -> app.failure("ended before it was stopped"));
            // SIGTERM, not SIGKILL: the cache is assembled on the JVM's orderly exit
            handle.destroy();
            app.awaitLine(AOT_CACHE_WRITTEN, AOT_ASSEMBLY_LIMIT);
            handle.onExit().get(AOT_ASSEMBLY_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw app.failure("did not exit after writing the AOT cache: " + e);
        } finally {
            app.stop();
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("the training run wrote no AOT cache at " + cache);
        }
    }

    private ProcessBuilder builder(String jvmOptions) throws IOException {
        // a fresh empty config directory each time: no account, and nothing a previous run saved
        Path config = Files.createDirectories(work.resolve("config-" + (++runs)));
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString())).directory(launcher.getParent().toFile());
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display);
        env.put("XDG_CONFIG_HOME", config.toString());
        env.put("AGENTBAR_JAVA_OPTS", ("-Dagentbar.reportFirstFrame=true " + jvmOptions).strip());
        return builder;
    }
}
