package io.agentbar.bench.codec;

import io.agentbar.app.it.peers.PeerProcess;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Xvfb X server of our own, started and stopped by its PID. {@code -displayfd 1} lets Xvfb pick a free display
 * number itself (no race with other X servers on the machine) and print it on stdout once it accepts clients, so
 * the wait is for that line, not a guess.
 */
final class VirtualDisplay implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(30);
    private static final Pattern DISPLAY_NUMBER = Pattern.compile("^(\\d+)$");

    private final PeerProcess xvfb;
    private final String display;

    private VirtualDisplay(PeerProcess xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    static VirtualDisplay start() {
        PeerProcess xvfb = PeerProcess.start("bench-xvfb", new ProcessBuilder(List.of(
                "Xvfb", "-displayfd", "1", "-screen", "0", "1280x720x24", "-nolisten", "tcp")));
        try {
            String number = xvfb.awaitLine(DISPLAY_NUMBER, START_LIMIT).group(1);
            return new VirtualDisplay(xvfb, ":" + number);
        } catch (RuntimeException | Error e) {
            xvfb.stop();
            throw e;
        }
    }

    /** The value for {@code DISPLAY}, e.g. {@code :1}. */
    String display() {
        return display;
    }

    @Override
    public void close() {
        xvfb.stop();
    }
}
