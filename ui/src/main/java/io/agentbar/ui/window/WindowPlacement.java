package io.agentbar.ui.window;

import io.agentbar.core.settings.WindowState;
import io.agentbar.ui.window.WindowPlacementViewModel.Area;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;

/**
 * Puts the bar's stage where {@link WindowPlacementViewModel} says and keeps it there: applies
 * always-on-top and docking as they change, follows the agent's moves and width changes, and
 * saves when the window closes. Call before the stage is shown.
 */
public final class WindowPlacement {
    private final Stage stage;
    private final Region root;
    private final WindowPlacementViewModel vm;
    private boolean placing;

    private WindowPlacement(Stage stage, Region root, WindowPlacementViewModel vm) {
        this.stage = stage;
        this.root = root;
        this.vm = vm;
    }

    /** @param root the scene's root, whose preferred width is the bar's width */
    public static void attach(Stage stage, Region root, WindowPlacementViewModel vm) {
        new WindowPlacement(stage, root, vm).start();
    }

    private void start() {
        List<Area> screens = Screen.getScreens().stream().map(s -> area(s.getVisualBounds())).toList();
        root.setPrefWidth(vm.width(root.getPrefWidth(), screens));
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setAlwaysOnTop(vm.alwaysOnTop().get());
        vm.alwaysOnTop().subscribe(stage::setAlwaysOnTop);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (vm.docked().get()) {
                dock();
            } else {
                vm.floatingPlace(stage.getWidth(), stage.getHeight(), screens).ifPresent(a -> moveTo(a.x(), a.y()));
            }
        });
        vm.docked().subscribe((was, now) -> {
            if (now) {
                dock();
            } else {
                vm.state().x().ifPresent(x -> moveTo(x, vm.state().y().orElseThrow()));
            }
        });
        stage.xProperty().subscribe(v -> remember());
        stage.yProperty().subscribe(v -> remember());
        // the agent widened or narrowed the window: the bar takes that width from now on
        stage.widthProperty().subscribe(w -> {
            if (stage.isShowing() && !placing && Math.abs(w.doubleValue() - root.getPrefWidth()) >= 1) {
                root.setPrefWidth(w.doubleValue());
                remember();
                if (vm.docked().get()) {
                    dock();
                }
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.save());
    }

    private void dock() {
        if (!stage.isShowing()) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Area place = WindowPlacementViewModel.dockedPlace(area(screen), root.getPrefWidth(), stage.getHeight());
        moveTo(place.x(), place.y());
    }

    private void moveTo(double x, double y) {
        placing = true;
        try {
            stage.setX(x);
            stage.setY(y);
        } finally {
            placing = false;
        }
    }

    private void remember() {
        if (stage.isShowing() && !placing) {
            vm.moved(stage.getX(), stage.getY(), root.getPrefWidth());
        }
    }

    private static Area area(Rectangle2D r) {
        return new Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
