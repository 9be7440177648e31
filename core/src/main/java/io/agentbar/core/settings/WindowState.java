package io.agentbar.core.settings;

import java.util.Optional;

/**
 * Where the bar window was and how it behaved, kept between runs. The height is not kept: the bar
 * grows and shrinks with the calls it shows.
 *
 * @param x           left edge on the virtual screen; empty until the window was first placed
 * @param y           top edge; empty with {@code x}
 * @param width       the bar's width in pixels; empty for its natural width
 * @param alwaysOnTop the bar stays above other windows
 * @param docked      the bar sits on the top edge of its screen, centred; otherwise it floats where left
 */
public record WindowState(Optional<Double> x, Optional<Double> y, Optional<Double> width, boolean alwaysOnTop,
                          boolean docked) {
    /** Narrower than this, the number field cannot show a phone number. */
    public static final double MIN_WIDTH = 560;

    public WindowState {
        x = x == null ? Optional.empty() : x.filter(Double::isFinite);
        y = y == null ? Optional.empty() : y.filter(Double::isFinite);
        if (x.isEmpty() || y.isEmpty()) {
            x = Optional.empty();
            y = Optional.empty();
        }
        width = width == null ? Optional.empty() : width.filter(w -> Double.isFinite(w) && w >= MIN_WIDTH);
    }

    /** A first run: natural size, placed by the system, floating, not on top. */
    public static WindowState defaults() {
        return new WindowState(Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    public WindowState at(double left, double top, double w) {
        return new WindowState(Optional.of(left), Optional.of(top), Optional.of(w), alwaysOnTop, docked);
    }

    public WindowState withAlwaysOnTop(boolean on) {
        return new WindowState(x, y, width, on, docked);
    }

    public WindowState withDocked(boolean on) {
        return new WindowState(x, y, width, alwaysOnTop, on);
    }
}
