package io.agentbar.app.it;

import io.agentbar.app.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a headless command ({@code Main.run}, exactly what {@code ./agentbar} runs) on its own thread,
 * capturing its output lines so a test can wait for them.
 */
public final class HeadlessRun {
    private final List<String> out = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exit;

    private HeadlessRun(List<String> args, Map<String, String> env) {
        PrintStream outStream = new PrintStream(new LineSink(this::addLine), true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        exit = CompletableFuture.supplyAsync(() -> Main.run(args, env, outStream, errStream),
                r -> Thread.ofPlatform().name("headless-" + args.getFirst()).start(r));
    }

    public static HeadlessRun start(List<String> args, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(System.getenv());
        all.putAll(env);
        return new HeadlessRun(args, all);
    }

    /** Waits for an output line matching {@code pattern}; fails with the output so far when it does not come. */
    public synchronized String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < out.size(); seen++) {
                if (pattern.matcher(out.get(seen)).find()) {
                    return out.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || exit.isDone() && seen >= out.size()) {
                throw new AssertionError("no line matching " + pattern + "; output: " + out + " errors: " + errors());
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    public int awaitExit(Duration timeout) throws Exception {
        return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized List<String> output() {
        return List.copyOf(out);
    }

    public String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private synchronized void addLine(String line) {
        out.add(line);
        notifyAll();
    }
}
