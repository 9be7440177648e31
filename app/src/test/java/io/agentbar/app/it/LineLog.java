package io.agentbar.app.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a command's output or of the API's event stream, kept in full, for a test to wait on.
 *
 * <p>{@link #await} reads on from where the previous wait stopped, so a sequence of waits checks the order
 * of the lines. Two things that may happen in either order are waited for with {@link #awaitSince}, which
 * also looks back at lines earlier waits passed over. Waits wake on every new line (no polling) and fail
 * at once when the lines have ended.
 */
final class LineLog {
    private static final int TAIL = 8;
    private final List<String> lines = new ArrayList<>();
    private int next;
    private boolean ended;

    /** An output stream that adds what is written to it, line by line. */
    LineSink sink() {
        return new LineSink(this::add);
    }

    synchronized void add(String line) {
        lines.add(line);
        notifyAll();
    }

    /** No more lines will come (the command exited, the stream closed): waits stop waiting. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Where the next {@link #await} reads from: a mark for {@link #awaitSince} after what the test does next. */
    synchronized int mark() {
        return next;
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits for a line after the one the previous wait matched; the lines in between are passed over. */
    synchronized Matcher await(String regex, Duration timeout) throws InterruptedException {
        return awaitSince(next, regex, timeout);
    }

    /** Waits for a line at or after {@code mark}, looking first at lines earlier waits have passed over. */
    synchronized Matcher awaitSince(int mark, String regex, Duration timeout) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = mark; ; i++) {
            while (i >= lines.size()) {
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    throw new AssertionError("no line matching " + regex + (ended ? " before the end" : "")
                            + " in " + lines.subList(Math.max(0, lines.size() - TAIL), lines.size()));
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                next = Math.max(next, i + 1);
                return m;
            }
        }
    }
}
