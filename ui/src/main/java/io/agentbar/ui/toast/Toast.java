package io.agentbar.ui.toast;

import java.time.Instant;

/**
 * One passing message: a refused command, a missed call, a call refused while paused.
 *
 * @param number increases with every toast of the session; the view's id {@code toast-<number>}
 * @param until  when it fades away by itself
 */
public record Toast(long number, Kind kind, String text, Instant until) {
    /** How it looks: information, something the agent should notice, or something that failed. */
    public enum Kind {
        INFO, WARNING, ERROR
    }
}
