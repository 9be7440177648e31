package io.agentbar.app.it.peers;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One external peer process (kamailio, baresip, sipp, ...) started by a test.
 *
 * <p>Its merged stdout/stderr is pumped by one thread into {@code app/target/it-logs/<name>-<n>.log} and into an
 * in-memory list of lines, so a test can wait for a log line ({@link #awaitLine}) without polling: the pump signals a
 * condition on every line and on end of output. {@link #stop()} ends the process by its PID (SIGTERM, then SIGKILL
 * after {@link #STOP_GRACE}) together with the children it forked; nothing else is ever killed. A JVM shutdown hook
 * stops peers a crashed test left running.
 */
public final class PeerProcess implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);
    private static final int TAIL_LINES = 40;
    /** baresip colours its errors; escapes would break patterns and clutter the log. */
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[;\\d]*[A-Za-z]");
    private static final Set<PeerProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(PeerProcess::stop), "peer-process-reaper"));
    }

    /** A line that matched: its index in {@link #lines()} (use {@code index() + 1} to wait for a later one). */
    public record LineMatch(int index, String line, MatchResult match) {
        public String group(int group) {
            return match.group(group);
        }
    }

    private final String name;
    private final Process process;
    private final Path logFile;
    private final BufferedWriter log;
    private final Thread pump;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<String> lines = new ArrayList<>();
    private boolean outputClosed;
    private boolean stopped;

    private PeerProcess(String name, Process process, Path logFile, BufferedWriter log) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.log = log;
        this.pump = new Thread(this::pumpOutput, "peer-" + name + "-" + process.pid());
        this.pump.setDaemon(true);
    }

    /**
     * Starts {@code builder}'s command with stderr merged into stdout. stdin stays a pipe ({@link #stdin()}) for
     * peers that are scripted through it.
     *
     * @throws AssertionError when the program cannot be started (for example a missing binary)
     */
    public static PeerProcess start(String name, ProcessBuilder builder) {
        Path logFile = ItPaths.newLogFile(name);
        BufferedWriter log;
        try {
            log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
            log.write("## " + LocalTime.now() + " command: " + String.join(" ", builder.command()) + "\n");
            log.write("## directory: " + builder.directory() + "\n");
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builder.redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            closeQuietly(log);
            throw new AssertionError("cannot start peer '" + name + "' (" + String.join(" ", builder.command())
                    + "): " + e.getMessage() + " - run scripts/install-test-peers", e);
        }
        PeerProcess peer = new PeerProcess(name, process, logFile, log);
        LIVE.add(peer);
        peer.note("started pid " + process.pid());
        peer.pump.start();
        return peer;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process's stdin, for peers driven through their console. */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Number of lines seen so far: a mark to pass to {@link #awaitLine(Pattern, int, Duration)}. */
    public int lineCount() {
        lock.lock();
        try {
            return lines.size();
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of all lines so far. */
    public List<String> lines() {
        lock.lock();
        try {
            return List.copyOf(lines);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a line matching {@code pattern} (searching from the first line ever printed). */
    public LineMatch awaitLine(Pattern pattern, Duration timeout) {
        return awaitLine(pattern, 0, timeout);
    }

    /**
     * Waits until a line with index {@code >= fromIndex} matches {@code pattern} ({@link Matcher#find()}).
     *
     * @throws AssertionError on timeout or when the process ends its output first; the message carries the log tail
     */
    public LineMatch awaitLine(Pattern pattern, int fromIndex, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = fromIndex;
        lock.lock();
        try {
            while (true) {
                for (; next < lines.size(); next++) {
                    Matcher matcher = pattern.matcher(lines.get(next));
                    if (matcher.find()) {
                        return new LineMatch(next, lines.get(next), matcher.toMatchResult());
                    }
                }
                if (outputClosed) {
                    throw failure("ended its output before printing a line matching /" + pattern + "/");
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw failure("printed no line matching /" + pattern + "/ within " + timeout);
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for /" + pattern + "/");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for a short-lived tool (openssl, turnutils) to exit and for its output to be read to the end.
     *
     * @return the exit code
     * @throws AssertionError when it is still running after {@code timeout}
     */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw failure("did not exit within " + timeout);
            }
            // the pump ends with the output, so lines() is complete once it is done
            pump.join(KILL_GRACE.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for exit");
        }
    }

    /** The last line so far that matches {@code pattern}, if any. */
    public Optional<LineMatch> findLast(Pattern pattern) {
        lock.lock();
        try {
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher matcher = pattern.matcher(lines.get(i));
                if (matcher.find()) {
                    return Optional.of(new LineMatch(i, lines.get(i), matcher.toMatchResult()));
                }
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds a harness line {@code ## <time> <message>} to the log and to {@link #lines()}, so the log shows what the
     * test did and when, and events the harness learns elsewhere (baresip's ctrl_tcp) can be awaited like output.
     */
    public void note(String message) {
        addLine("## " + LocalTime.now() + " " + message);
    }

    /** A failure whose message names this peer, its state, its log file and the last lines it printed. */
    public AssertionError failure(String what) {
        List<String> snapshot = lines();
        String state = process.isAlive() ? "running" : "exited with code " + process.exitValue();
        StringBuilder message = new StringBuilder()
                .append(name).append(" (pid ").append(process.pid()).append(", ").append(state).append(") ")
                .append(what).append("\nlog: ").append(logFile).append("\nlast lines:");
        snapshot.subList(Math.max(0, snapshot.size() - TAIL_LINES), snapshot.size())
                .forEach(line -> message.append("\n  ").append(line));
        return new AssertionError(message.toString());
    }

    /**
     * Ends the process by PID: SIGTERM, SIGKILL if it is still alive after {@link #STOP_GRACE}, then the children it
     * forked (kamailio's workers) if they outlived it. Idempotent.
     */
    public void stop() {
        lock.lock();
        try {
            if (stopped) {
                return;
            }
            stopped = true;
        } finally {
            lock.unlock();
        }
        // snapshot first: once the parent is gone its children are re-parented and no longer listed as ours
        List<ProcessHandle> children = process.descendants().toList();
        try {
            if (process.isAlive()) {
                note("stopping pid " + process.pid() + " (SIGTERM)");
                process.destroy();
                if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    note("pid " + process.pid() + " ignored SIGTERM for " + STOP_GRACE + ", sending SIGKILL");
                    process.destroyForcibly();
                    process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            for (ProcessHandle child : children) {
                if (child.isAlive()) {
                    note("child pid " + child.pid() + " outlived its parent, sending SIGKILL");
                    child.destroyForcibly();
                    awaitExit(child);
                }
            }
            pump.join(KILL_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!process.isAlive()) {
                note("pid " + process.pid() + " exited with code " + process.exitValue());
            }
            lock.lock();
            try {
                closeQuietly(log);
            } finally {
                lock.unlock();
            }
            LIVE.remove(this);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void pumpOutput() {
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        try (InputStream out = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = out.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    // '\r' ends a line too: baresip redraws its status line with carriage returns only
                    if (b == '\n' || b == '\r') {
                        if (current.size() > 0) {
                            addLine(current.toString(StandardCharsets.UTF_8));
                            current.reset();
                        }
                    } else {
                        current.write(b);
                    }
                }
            }
        } catch (IOException closed) {
            // the stream closes when the process dies; whatever was read is kept below
        } finally {
            if (current.size() > 0) {
                addLine(current.toString(StandardCharsets.UTF_8));
            }
            lock.lock();
            try {
                outputClosed = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void addLine(String raw) {
        String line = ANSI_ESCAPE.matcher(raw).replaceAll("");
        lock.lock();
        try {
            lines.add(line);
            writeLog(line);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Caller holds {@link #lock}. Flushed per line so the log is complete even if the JVM dies. */
    private void writeLog(String line) {
        try {
            log.write(line);
            log.write('\n');
            log.flush();
        } catch (IOException closedAfterStop) {
            // lines printed after stop() closed the log are kept in memory only
        }
    }

    private static void awaitExit(ProcessHandle handle) throws InterruptedException {
        try {
            handle.onExit().get(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // SIGKILL cannot be ignored; a zombie here is reaped by init
        }
    }

    private static void closeQuietly(BufferedWriter writer) {
        try {
            writer.close();
        } catch (IOException ignored) {
            // nothing left to log to
        }
    }
}
