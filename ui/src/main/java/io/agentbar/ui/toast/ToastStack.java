package io.agentbar.ui.toast;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.animation.FadeTransition;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.Map;

/**
 * The toasts, stacked in the window's notification corner: each fades in, and fades out when its
 * time is up or the agent closes it. A toast is read-only text for a screen reader, which is told
 * when a new one appears.
 */
public final class ToastStack extends VBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final Duration FADE = Duration.millis(200);

    private final ToastsViewModel vm;
    private final Map<Long, Node> views = new HashMap<>();

    public ToastStack(ToastsViewModel vm) {
        this.vm = vm;
        setId("toasts");
        getStyleClass().add("toasts");
        Theme.style(this, ToastStack.class, "toast.css");
        vm.position().subscribe(p -> setAlignment(ToastsViewModel.atLeft(p) ? Pos.TOP_LEFT : Pos.TOP_RIGHT));
        vm.shown().addListener((ListChangeListener<Toast>) c -> sync());
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(getChildren()));
        managedProperty().bind(visibleProperty());
        sync();
    }

    private void sync() {
        for (Toast t : vm.shown()) {
            views.computeIfAbsent(t.number(), n -> {
                Node view = view(t);
                getChildren().add(view);
                FadeTransition in = new FadeTransition(FADE, view);
                in.setFromValue(0);
                in.setToValue(1);
                in.play();
                view.lookup(".toast-text").notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
                return view;
            });
        }
        views.entrySet().removeIf(e -> {
            boolean gone = vm.shown().stream().noneMatch(t -> t.number() == e.getKey());
            if (gone) {
                Node view = e.getValue();
                view.setId(null); // gone for lookups at once, while it fades
                view.setDisable(true);
                FadeTransition out = new FadeTransition(FADE, view);
                out.setToValue(0);
                out.setOnFinished(f -> getChildren().remove(view));
                out.play();
            }
            return gone;
        });
    }

    private Node view(Toast t) {
        String id = "toast-" + t.number();
        Label text = new Label(t.text());
        text.setId(id + "-text");
        text.getStyleClass().add("toast-text");
        text.setWrapText(true);
        text.setAccessibleRole(AccessibleRole.TEXT);
        text.setAccessibleText(Messages.get("toast.accessible." + t.kind().name(), t.text()));
        HBox.setHgrow(text, Priority.ALWAYS);
        IconButton close = new IconButton(id + "-close", Glyph.CLOSE.create(12), Messages.get("toast.close"));
        close.getStyleClass().addAll("flat", "toast-close");
        close.setOnAction(e -> vm.dismiss(t));
        HBox box = new HBox(text, close);
        box.setId(id);
        box.getStyleClass().add("toast");
        box.setAlignment(Pos.CENTER_LEFT);
        box.pseudoClassStateChanged(WARNING, t.kind() == Toast.Kind.WARNING);
        box.pseudoClassStateChanged(ERROR, t.kind() == Toast.Kind.ERROR);
        box.setMaxWidth(USE_PREF_SIZE);
        return box;
    }
}
