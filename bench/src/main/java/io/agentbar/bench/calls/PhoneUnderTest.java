package io.agentbar.bench.calls;

import io.agentbar.app.it.peers.PeerProcess;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A phone process being measured (AgentBar, baresip or linphonec), started by one of the launch classes, with the
 * log lines that tell its state. Waiting is always on its output lines, never on a guessed delay.
 *
 * @param name         how the results name it ({@code AgentBar}, {@code baresip}, {@code linphonec})
 * @param process      the running process; its PID is the phone itself (the launcher script {@code exec}s java)
 * @param startedNanos {@link System#nanoTime()} taken just before the process was started
 * @param user         the user part the probe addresses it with
 * @param sipPort      its SIP port on 127.0.0.1
 * @param idle         a line printed when the phone is free for the next call
 * @param idleLinesBeforeFirstCall how many {@code idle} lines appear before any call (AgentBar says "waiting" at once)
 * @param established  a line printed when a call is up
 * @param ended        a line printed when a call is over
 */
record PhoneUnderTest(String name, PeerProcess process, long startedNanos, String user, int sipPort, Pattern idle,
                      int idleLinesBeforeFirstCall, Pattern established, Pattern ended) implements AutoCloseable {

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String uri() {
        return "sip:" + user + "@" + SipDialog.HOST + ":" + sipPort;
    }

    /** Waits until {@code calls} calls are over and the phone is free for the next one. */
    void awaitIdleAfter(int calls, Duration timeout) {
        int wanted = calls + idleLinesBeforeFirstCall;
        long deadline = System.nanoTime() + timeout.toNanos();
        int from = 0;
        for (int seen = 0; seen < wanted; seen++) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            from = process.awaitLine(idle, from, left).index() + 1;
        }
    }

    /** Waits for the first established call; returns its line index (the mark for {@link #endedAfter}). */
    int awaitEstablished(Duration timeout) {
        return process.awaitLine(established, timeout).index();
    }

    /** True when a call ended after line {@code mark}: a measurement window that saw this was not a call. */
    boolean endedAfter(int mark) {
        return process.findLast(ended).map(m -> m.index() > mark).orElse(false);
    }

    /** True when any line so far matches {@code pattern}. */
    boolean printed(Pattern pattern) {
        return process.findLast(pattern).isPresent();
    }

    /** Stops the process by its PID (SIGTERM, then SIGKILL after a grace period). */
    @Override
    public void close() {
        process.stop();
    }
}
