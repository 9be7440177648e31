package io.agentbar.app.it;

import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.SignalAnalysis;
import io.agentbar.app.it.signal.Wav;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads AgentBar's call recordings (two-channel Ogg Opus plus a JSON sidecar) with the reference tools. */
final class CallRecordingFiles {
    /** Left: the agent; right: what the agent heard. */
    record Channels(MonoSignal left, MonoSignal right) {
    }

    private CallRecordingFiles() {
    }

    static Path sidecar(Path recording) {
        return recording.resolveSibling(recording.getFileName() + ".json");
    }

    /** Decodes with {@code opusdec} and splits the channels with {@code sox}; fails if either tool does. */
    static Channels decode(Path recording) throws Exception {
        Path stereo = recording.resolveSibling(recording.getFileName() + ".decoded.wav");
        run("opusdec", "--quiet", "--force-wav", recording.toString(), stereo.toString());
        assertThat(Wav.readFormat(stereo).channels()).as("channels of " + recording).isEqualTo(2);
        Path left = recording.resolveSibling(recording.getFileName() + ".left.wav");
        Path right = recording.resolveSibling(recording.getFileName() + ".right.wav");
        run("sox", stereo.toString(), left.toString(), "remix", "1");
        run("sox", stereo.toString(), right.toString(), "remix", "2");
        return new Channels(Wav.read(left), Wav.read(right));
    }

    /** Runs a tool to its end within 30 s; returns what it printed, failing with it on a non-zero exit. */
    static String run(String... command) throws Exception {
        Tool result = tool(command);
        assertThat(result.exit()).as(String.join(" ", command) + ": " + result.output()).isZero();
        return result.output();
    }

    /** How a tool ended and what it printed (stdout and stderr together). */
    record Tool(int exit, String output) {
    }

    static Tool tool(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Tool(p.exitValue(), output);
    }

    /**
     * The share of {@code hz} in the energy of {@code signal} between the two times (seconds), averaged
     * over half-second windows: over seconds, a far end's clock drift and a concealed packet's phase
     * jump would smear the tone beyond one Goertzel bin.
     */
    static double toneShare(MonoSignal signal, double from, double to, double hz) {
        int window = signal.sampleRate() / 2;
        int start = (int) (from * signal.sampleRate());
        int end = Math.min(signal.samples().length, (int) (to * signal.sampleRate()));
        assertThat(end - start).as("at least one window between %s s and %s s", from, to).isGreaterThanOrEqualTo(window);
        double sum = 0;
        int windows = 0;
        for (int at = start; at + window <= end; at += window, windows++) {
            sum += SignalAnalysis.toneEnergyRatio(signal.samples(), at, window, signal.sampleRate(), hz);
        }
        return sum / windows;
    }

    /**
     * Waits, on directory change events, until {@code file} exists and its content passes {@code test}
     * (the recorder writes files on its own thread); returns that content.
     */
    static String awaitFile(Path file, Predicate<String> test, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (WatchService watch = file.getFileSystem().newWatchService()) {
            file.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (true) {
                String content = read(file);
                if (content != null && test.test(content)) {
                    return content;
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("%s as expected within %s; last seen: %s", file, timeout, content).isPositive();
                WatchKey key = watch.poll(left, TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }
}
