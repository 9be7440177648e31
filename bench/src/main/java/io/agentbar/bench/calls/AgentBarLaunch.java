package io.agentbar.bench.calls;

import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.app.it.peers.Ports;
import io.agentbar.bench.BenchContext;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts AgentBar the way a user does, {@code ./agentbar answer --no-register ...}: listening on 127.0.0.1 without a
 * registrar, answering every call at once, playing and recording WAV files. The figures therefore include the
 * launcher script (its JDK check) and the JVM's default flags, as shipped.
 */
final class AgentBarLaunch {
    static final String USER = "bench";
    /** The launcher rebuilds when sources are newer than its stamp; a build inside a timed start spoils the figure. */
    private static final Pattern BUILDING = Pattern.compile("^agentbar: building");
    private static final Duration PREPARE_TIMEOUT = Duration.ofMinutes(10);

    private AgentBarLaunch() {
    }

    /**
     * Runs {@code ./agentbar --help} once and waits for it, so that a pending rebuild happens before anything is
     * timed and the JARs are in the page cache for every launch alike.
     */
    static void prepare(BenchContext context) throws IOException, InterruptedException {
        Path log = context.work().resolve("agentbar-prepare.log");
        ProcessBuilder builder = new ProcessBuilder(context.launcher().toString(), "--help")
                .directory(context.repository().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("AGENTBAR_JAVA_OPTS");
        Process process = builder.start();
        try {
            if (!process.waitFor(PREPARE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("./agentbar --help did not finish cleanly; see " + log);
            }
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * {@code ./agentbar answer} for {@code calls} calls of at most {@code seconds} each.
     *
     * @param codec  {@code pcmu} or {@code opus}
     * @param play   the WAV it sends (looped)
     * @param record where it writes what it receives
     */
    static PhoneUnderTest answer(BenchContext context, String label, String codec, int calls, int seconds, Path play,
                                 Path record) {
        int port = Ports.freePort();
        List<String> command = List.of(context.launcher().toString(), "answer", "--no-register",
                "--server", SipDialog.HOST, "--user", USER, "--bind", SipDialog.HOST, "--local-port", Integer.toString(port),
                "--codec", codec, "--calls", Integer.toString(calls), "--seconds", Integer.toString(seconds),
                "--timeout", "600", "--play", play.toString(), "--record", record.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(context.repository().toFile());
        // the figures are for AgentBar as shipped: no extra JVM options from the caller's environment
        builder.environment().remove("AGENTBAR_JAVA_OPTS");
        long started = System.nanoTime();
        PeerProcess process = PeerProcess.start("bench-agentbar-" + label, builder);
        return new PhoneUnderTest("AgentBar", process, started, USER, port, Pattern.compile("^waiting for a call$"), 1,
                Pattern.compile("^connected"), Pattern.compile("^ended:"));
    }

    /** Fails when the launcher rebuilt the app during this start: the start was then not a start. */
    static void requireNoBuild(PhoneUnderTest phone) {
        if (phone.printed(BUILDING)) {
            throw new IllegalStateException("./agentbar rebuilt the app inside a timed start (sources changed during "
                    + "the run?); run the benchmark again");
        }
    }
}
