package io.agentbar.app.it.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A private PulseAudio server with one null sink, so Java Sound can be exercised on a machine
 * without a sound card: a client started with {@link #clientEnvironment()} finds ALSA's default
 * device routed to this server (through libasound2-plugins), and {@link #record(Path)} captures
 * what the sink played, from its monitor. Each instance has its own socket and home, so parallel
 * runs do not meet.
 */
public final class PulseAudio implements AutoCloseable {
    public static final int RATE = 48000;
    private static final String SINK = "agentbar_speaker";
    private static final Duration START = Duration.ofSeconds(15);

    private final Path run;
    private final PeerProcess process;

    private PulseAudio(Path run, PeerProcess process) {
        this.run = run;
        this.process = process;
    }

    public static PulseAudio start() {
        Path binary = PeerBinaries.require("pulseaudio");
        Path run = ItPaths.newRunDirectory("pulseaudio");
        try {
            Files.createDirectories(run.resolve("server-home"));
            Files.createDirectories(run.resolve("xdg"));
            Path clientHome = Files.createDirectories(run.resolve("client-home"));
            // ALSA's default device goes to this server; the plugin reads PULSE_SERVER from the environment
            Files.writeString(clientHome.resolve(".asoundrc"), "pcm.!default { type pulse }\nctl.!default { type pulse }\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(binary.toString(),
                "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
                "--log-target=stderr", "--log-level=info",
                "-L", "module-null-sink sink_name=" + SINK + " rate=" + RATE + " channels=1",
                "-L", "module-native-protocol-unix socket=" + run.resolve("native") + " auth-anonymous=1")
                .directory(run.toFile());
        builder.environment().put("HOME", run.resolve("server-home").toString());
        builder.environment().put("XDG_RUNTIME_DIR", run.resolve("xdg").toString());
        PeerProcess process = PeerProcess.start("pulseaudio", builder);
        try {
            process.awaitLine(Pattern.compile("Daemon startup complete"), START);
        } catch (RuntimeException | AssertionError e) {
            process.stop();
            throw e;
        }
        return new PulseAudio(run, process);
    }

    /** The environment of a process whose Java Sound should play on this server's sink and record from its monitor. */
    public Map<String, String> clientEnvironment() {
        return Map.of("HOME", run.resolve("client-home").toString(),
                "PULSE_SERVER", "unix:" + run.resolve("native"),
                "XDG_RUNTIME_DIR", run.resolve("xdg").toString());
    }

    /** Records what the sink plays, as raw 16-bit little-endian mono at {@link #RATE}, until the returned process stops. */
    public PeerProcess record(Path raw) {
        ProcessBuilder builder = new ProcessBuilder(PeerBinaries.require("parec").toString(),
                "-d", SINK + ".monitor", "--raw", "--format=s16le", "--rate=" + RATE, "--channels=1",
                "--latency-msec=20", raw.toString());
        builder.environment().putAll(clientEnvironment());
        return PeerProcess.start("parec", builder);
    }

    @Override
    public void close() {
        process.stop();
    }
}
