package io.agentbar.ui.window;

import io.agentbar.core.settings.WindowState;
import io.agentbar.core.settings.WindowStateStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the bar window goes and how it behaves: always on top or not, docked at the top edge of
 * its screen (centred) or floating where the agent left it. The floating place and the width are
 * remembered across runs; a place on a screen that is gone falls back to the primary screen.
 * Pure arithmetic on {@link Area}s, so it is tested without a toolkit.
 */
public final class WindowPlacementViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacementViewModel.class);
    /** How much of the bar must lie on a screen to count as visible there: enough to grab it. */
    static final double GRAB = 48;

    /** A rectangle on the virtual screen. */
    public record Area(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        /** Whether a {@code GRAB}-sized piece of the top of {@code bar} lies within this area. */
        boolean holdsTopOf(Area bar) {
            double left = Math.max(x, bar.x);
            double right = Math.min(maxX(), bar.maxX());
            return right - left >= GRAB && bar.y >= y && bar.y + Math.min(GRAB, bar.height) <= maxY();
        }
    }

    private final WindowStateStore store;
    private final BooleanProperty alwaysOnTop = new SimpleBooleanProperty(this, "alwaysOnTop");
    private final BooleanProperty docked = new SimpleBooleanProperty(this, "docked");
    private WindowState state;

    public WindowPlacementViewModel(WindowStateStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.state = store.load();
        alwaysOnTop.set(state.alwaysOnTop());
        docked.set(state.docked());
        alwaysOnTop.subscribe(on -> {
            state = state.withAlwaysOnTop(on);
            save();
        });
        docked.subscribe(on -> {
            state = state.withDocked(on);
            save();
        });
    }

    /** The width to open with: the remembered one, else {@code natural}; never wider than the widest screen. */
    public double width(double natural, List<Area> screens) {
        double widest = screens.stream().mapToDouble(Area::width).max().orElse(Double.MAX_VALUE);
        return Math.min(state.width().orElse(natural), widest);
    }

    /**
     * Where the floating window opens: the remembered place when it is still on one of
     * {@code screens}; empty (let the system centre it) on a first run or when that screen is gone.
     */
    public Optional<Area> floatingPlace(double width, double height, List<Area> screens) {
        if (state.x().isEmpty()) {
            return Optional.empty();
        }
        Area saved = new Area(state.x().get(), state.y().get(), width, height);
        return screens.stream().anyMatch(s -> s.holdsTopOf(saved)) ? Optional.of(saved) : Optional.empty();
    }

    /** Where the docked window goes on {@code screen}: its top edge, centred, no wider than the screen. */
    public static Area dockedPlace(Area screen, double width, double height) {
        double w = Math.min(width, screen.width());
        return new Area(screen.x() + Math.floor((screen.width() - w) / 2), screen.y(), w, height);
    }

    /**
     * The window was moved or resized by the agent. While docked only the width is kept: the
     * docked place is not where the window should float back to.
     */
    public void moved(double x, double y, double width) {
        if (docked.get()) {
            state = new WindowState(state.x(), state.y(), Optional.of(width), state.alwaysOnTop(), true);
        } else {
            state = state.at(x, y, width);
        }
    }

    /** Keeps the state; a failure costs only the next start's placement, so it is logged, not shown. */
    public void save() {
        try {
            store.save(state);
        } catch (IOException e) {
            LOG.warn("window position not saved: {}", e.getMessage());
        }
    }

    public WindowState state() {
        return state;
    }

    public BooleanProperty alwaysOnTop() {
        return alwaysOnTop;
    }

    public BooleanProperty docked() {
        return docked;
    }
}
