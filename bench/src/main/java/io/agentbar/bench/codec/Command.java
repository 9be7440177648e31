package io.agentbar.bench.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A short-lived tool (gcc, espeak-ng, sox, the libopus harness) run to completion within a time limit. Its output
 * goes to files in the work directory, not pipes, so a chatty tool can never block on a full pipe.
 */
final class Command {
    private Command() {
    }

    /**
     * Runs {@code command} in {@code directory} and returns its stdout.
     *
     * @throws IllegalStateException when it cannot start, outlives {@code timeout} (it is then killed by its PID) or
     *                               exits non-zero; the message carries its stderr
     */
    static String run(Path directory, Duration timeout, List<String> command) throws IOException, InterruptedException {
        String name = Path.of(command.getFirst()).getFileName().toString();
        Path out = Files.createTempFile(directory, name + "-", ".out");
        Path err = Files.createTempFile(directory, name + "-", ".err");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + name + " (scripts/install-test-peers installs it): " + e.getMessage(), e);
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            throw new IllegalStateException(name + " did not finish within " + timeout + ": " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8).strip());
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
