package io.agentbar.ui.call;

import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;

import java.util.function.Function;

/**
 * A call panel's buttons: hold or resume, transfer, conference or split and leave, record. Each
 * shows and enables as {@link CallActions} says; the view only binds.
 */
final class CallActionBar extends HBox {
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass RECORDING = PseudoClass.getPseudoClass("recording");

    CallActionBar(CallPanelViewModel vm) {
        setId("call-actions");
        getStyleClass().add("call-actions");
        setAlignment(Pos.CENTER);

        IconButton hold = button(vm, "hold-button", Glyph.PAUSE,
                Shortcuts.tip(Messages.get("call.hold.tooltip"), Shortcuts.HOLD), CallActions::hold);
        hold.setOnAction(e -> vm.hold());
        IconButton resume = button(vm, "resume-button", Glyph.PLAY,
                Shortcuts.tip(Messages.get("call.resume.tooltip"), Shortcuts.HOLD), CallActions::resume);
        resume.getStyleClass().add("resume-button");
        resume.setOnAction(e -> vm.resume());

        IconButton transfer = button(vm, "transfer-button", Glyph.TRANSFER, Messages.get("call.transfer.tooltip"),
                CallActions::transfer);
        transfer.getStyleClass().add("transfer-button");
        Theme.pseudoClass(transfer, OPEN, vm.transferPrompt().isOpen());
        transfer.setOnAction(e -> vm.toggleTransfer());

        IconButton conference = button(vm, "conference-button", Glyph.CONFERENCE, "", CallActions::conference);
        conference.getStyleClass().add("conference-button");
        conference.getTooltip().textProperty().bind(vm.conferenceText());
        conference.setOnAction(e -> vm.conference());
        IconButton split = button(vm, "split-button", Glyph.SPLIT, Messages.get("call.split.tooltip"),
                CallActions::split);
        split.setOnAction(e -> vm.split());
        IconButton leave = button(vm, "leave-button", Glyph.LEAVE, Messages.get("call.leave.tooltip"),
                CallActions::leave);
        leave.setOnAction(e -> vm.leaveConference());

        IconButton record = button(vm, "record-button", Glyph.RECORD, "", CallActions::record);
        record.getStyleClass().add("record-button");
        record.getTooltip().textProperty().bind(vm.recordings().recording()
                .map(on -> Messages.get(on ? "call.record.tooltip.running" : "call.record.tooltip")));
        Theme.pseudoClass(record, RECORDING, vm.recordings().recording());
        Theme.pseudoClass(record, OPEN, vm.recordings().isOpen());
        record.setOnAction(e -> vm.recordings().toggle());

        getChildren().addAll(hold, resume, transfer, conference, split, leave, record);
        visibleProperty().bind(vm.ended().not());
        managedProperty().bind(visibleProperty());
    }

    private static IconButton button(CallPanelViewModel vm, String id, Glyph glyph, String tip,
                                     Function<CallActions, Availability> rule) {
        IconButton b = new IconButton(id, glyph.create(18), tip);
        b.getStyleClass().addAll("flat", "call-action");
        ObservableValue<Availability> availability = vm.actions().map(rule);
        b.visibleProperty().bind(availability.map(Availability::visible));
        b.managedProperty().bind(b.visibleProperty());
        b.disableProperty().bind(availability.map(a -> !a.enabled()));
        return b;
    }
}
