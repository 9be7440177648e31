package io.agentbar.app.it;

import io.agentbar.app.cli.ServeCommand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code agentbar serve} run in this JVM on its own thread, with a pipe as stdin as a supervising parent
 * gives it: closing the pipe ({@link #stop()}) is how it is told to stop, and how a test checks it stops cleanly.
 */
final class InProcessServe implements AutoCloseable {
    private final PipedOutputStream stdin = new PipedOutputStream();
    private final LineLog out = new LineLog();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exit;

    /** Starts serve with {@code args} and exactly {@code env} as its environment (nothing of this JVM's). */
    private InProcessServe(List<String> args, Map<String, String> env) throws IOException {
        PipedInputStream stdinEnd = new PipedInputStream(stdin);
        PrintStream outStream = new PrintStream(out.sink(), true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        exit = CompletableFuture.supplyAsync(() -> {
            try {
                return new ServeCommand(outStream, errStream, Optional.of(stdinEnd)).run(args, env);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> Thread.ofPlatform().name("serve").start(r));
        // a wait for a line that never comes fails as soon as serve has exited
        exit.whenComplete((code, failed) -> out.end());
    }

    static InProcessServe start(List<String> args, Map<String, String> env) throws IOException {
        return new InProcessServe(args, env);
    }

    /** What serve prints on stdout, line by line. */
    LineLog out() {
        return out;
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Waits for serve to announce its API and returns a client for it. */
    ApiClient awaitApi(String token, Duration timeout) throws InterruptedException {
        return ApiClient.announced(out.await(ApiClient.LISTENING, timeout), token);
    }

    /** Closes stdin, as a supervising parent going away does. */
    void stop() {
        try {
            stdin.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int awaitExit(Duration timeout) throws Exception {
        return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops serve if the test did not get that far, so a failed test leaves nothing running. */
    @Override
    public void close() {
        stop();
    }
}
