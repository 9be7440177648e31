package io.agentbar.sip.media.dtls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One openssl process (s_server or s_client) on loopback. Its output is collected line by line so a
 * test can wait for a line with a timeout; it is ended by its own PID. Its stdin stays open, because
 * openssl quits the connection on end of input.
 */
final class OpensslPeer implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Path transcript;

    private OpensslPeer(Process process, Path transcript) {
        this.process = process;
        this.transcript = transcript;
        Thread.ofPlatform().daemon().name("openssl-" + process.pid()).start(this::collect);
    }

    static OpensslPeer start(Path dir, String name, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        return new OpensslPeer(p, dir.resolve(name + ".out"));
    }

    /** Runs openssl to completion (key and certificate generation). */
    static void run(Path dir, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl-setup.out").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("openssl " + arguments + " failed; see " + dir.resolve("openssl-setup.out"));
        }
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed: the lines so far stay available
        }
    }

    /** The first output line matching, waiting up to the timeout for it. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("openssl printed no such line within " + timeout + ":\n"
                            + String.join("\n", lines));
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** All lines so far. */
    List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try {
            Files.write(transcript, output()); // kept under target/ for the post-mortem of a failed run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
