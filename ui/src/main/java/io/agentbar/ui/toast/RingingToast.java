package io.agentbar.ui.toast;

import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;

/**
 * A small always-on-top window with the ringing call and Answer/Reject, for when the bar is
 * minimised or behind other windows: the desktop's own notification, drawn by us so it works the
 * same everywhere and needs no AWT tray. It sits in the screen corner the toasts use.
 */
public final class RingingToast {
    private static final double MARGIN = 16;

    private final Stage window = new Stage(StageStyle.UNDECORATED);
    private final Stage bar;
    private final ToastsViewModel toasts;

    private RingingToast(Stage bar, RingingToastViewModel vm, ToastsViewModel toasts) {
        this.bar = bar;
        this.toasts = toasts;
        window.setAlwaysOnTop(true);
        window.setTitle(Messages.get("ringingToast.title"));
        Scene scene = new Scene(content(vm));
        Theme.applyTo(scene);
        window.setScene(scene);
        vm.shown().subscribe(this::show);
        bar.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> window.hide());
    }

    /**
     * Watches {@code bar}: while it is minimised or not focused and a call rings, the toast shows.
     *
     * @return the toast's window, for tests
     */
    public static Stage attach(Stage bar, RingingToastViewModel vm, ToastsViewModel toasts) {
        vm.inBackground().bind(bar.focusedProperty().not().or(bar.iconifiedProperty()));
        return new RingingToast(bar, vm, toasts).window;
    }

    private void show(boolean on) {
        if (!on) {
            window.hide();
            return;
        }
        if (!window.isShowing()) {
            window.setOpacity(0); // its size is known once shown: placed unseen, so it never jumps
            window.show();
        }
        place();
        window.setOpacity(1);
        window.toFront();
        // Enter answers (the default button); the focus starts there too, never on Reject
        window.getScene().lookup("#ringing-toast-answer").requestFocus();
    }

    private void place() {
        Rectangle2D screen = Screen.getScreensForRectangle(bar.getX(), bar.getY(), Math.max(1, bar.getWidth()),
                Math.max(1, bar.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        window.sizeToScene();
        NotificationPosition p = toasts.position().get();
        double x = ToastsViewModel.atLeft(p) ? screen.getMinX() + MARGIN
                : screen.getMaxX() - window.getWidth() - MARGIN;
        double y = ToastsViewModel.atBottom(p) ? screen.getMaxY() - window.getHeight() - MARGIN
                : screen.getMinY() + MARGIN;
        window.setX(x);
        window.setY(y);
    }

    private VBox content(RingingToastViewModel vm) {
        Label caption = new Label(Messages.get("ringingToast.caption"), Glyph.HANDSET.create(14));
        caption.getStyleClass().add("ringing-toast-caption");
        Label caller = new Label();
        caller.setId("ringing-toast-caller");
        caller.getStyleClass().add("ringing-toast-caller");
        caller.textProperty().bind(vm.caller());
        caller.accessibleTextProperty().bind(vm.caller().map(c -> Messages.get("ringingToast.accessible", c)));
        Label detail = new Label();
        detail.setId("ringing-toast-detail");
        detail.getStyleClass().add("ringing-toast-detail");
        detail.textProperty().bind(vm.detail());
        detail.visibleProperty().bind(vm.detail().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());

        Button reject = new Button(Messages.get("ringingToast.reject"), Glyph.HANDSET_DOWN.create(16));
        reject.setId("ringing-toast-reject");
        reject.getStyleClass().addAll("ringing-toast-button", "ringing-toast-reject");
        reject.setAccessibleText(Messages.get("ringingToast.reject"));
        reject.setOnAction(e -> vm.reject());
        Button answer = new Button(Messages.get("ringingToast.answer"), Glyph.HANDSET.create(16));
        answer.setId("ringing-toast-answer");
        answer.getStyleClass().addAll("ringing-toast-button", "ringing-toast-answer");
        answer.setAccessibleText(Messages.get("ringingToast.answer"));
        answer.setDefaultButton(true);
        answer.setOnAction(e -> {
            vm.answer();
            // the agent is on the call now: bring the bar with its panel forward
            bar.setIconified(false);
            bar.toFront();
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, spring, reject, answer);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(caption, caller, detail, buttons);
        box.setId("ringing-toast");
        box.getStyleClass().add("ringing-toast");
        Theme.style(box, RingingToast.class, "toast.css");
        return box;
    }
}
