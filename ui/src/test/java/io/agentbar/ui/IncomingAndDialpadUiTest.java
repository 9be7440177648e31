package io.agentbar.ui;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The incoming panel's forward and auto answer, the dialpad, the shortcuts and accessibility, in the real window. */
@ExtendWith(ApplicationExtension.class)
class IncomingAndDialpadUiTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.threaded(clock);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(BarScene.create(phone, phone, clock));
        stage.show();
    }

    @AfterEach
    void stop() {
        phone.close();
    }

    @Test
    void forwardFromTheIncomingPanelAsksForATarget(FxRobot robot) {
        CallId call = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        await(() -> exists(robot, "#forward-button"));
        assertThat(visible(robot, "#forward-prompt")).isFalse();

        robot.clickOn("#forward-button");
        await(() -> visible(robot, "#forward-prompt"));
        robot.write("1003").type(KeyCode.ENTER);

        await(() -> phone.commands.contains("forward " + call + " 1003"));
        await(() -> !exists(robot, "#incoming-panel"));
        assertThat(exists(robot, "#call-panel-1")).as("a forwarded call had no conversation").isFalse();
    }

    @Test
    void autoAnswerCountsDownAndCancelStopsIt(FxRobot robot) {
        CallId call = phone.ringWithAutoAnswer(new Party("sip:5551234@pbx.example.com", ""), Duration.ofSeconds(5));
        await(() -> "Answering in 5 s".equals(text(robot, "#auto-answer-countdown")));

        clock.advance(Duration.ofSeconds(2));
        await(() -> "Answering in 3 s".equals(text(robot, "#auto-answer-countdown")));
        robot.clickOn("#auto-answer-cancel");

        await(() -> phone.commands.contains("cancelAutoAnswer " + call));
        await(() -> !visible(robot, "#auto-answer-countdown"));
        assertThat(exists(robot, "#incoming-panel")).as("it rings on").isTrue();
    }

    @Test
    void aRingingCallWithoutAutoAnswerShowsNoCountdown(FxRobot robot) {
        phone.ring(new Party("sip:5551234@pbx.example.com", ""));
        await(() -> exists(robot, "#incoming-panel"));

        assertThat(visible(robot, "#auto-answer-countdown")).isFalse();
        assertThat(visible(robot, "#auto-answer-cancel")).isFalse();
    }

    @Test
    void beforeACallTheDialpadTypesIntoTheNumberField(FxRobot robot) {
        assertThat(visible(robot, "#dialpad")).isFalse();
        robot.clickOn("#dialpad-toggle");
        await(() -> visible(robot, "#dialpad"));

        for (String key : new String[]{"1", "0", "0", "2", "star", "hash"}) {
            robot.clickOn("#dialpad-key-" + key);
        }

        await(() -> "1002*#".equals(text(robot, "#number-field")));
        assertThat(phone.dtmf).isEmpty();
        robot.clickOn("#dialpad-toggle");
        await(() -> !visible(robot, "#dialpad"));
    }

    @Test
    void duringACallTheDialpadSendsDtmf(FxRobot robot) {
        robot.clickOn("#number-field").write("1002").type(KeyCode.ENTER);
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        CallId call = phone.callTo("1002");
        robot.clickOn("#dialpad-toggle");

        for (String key : new String[]{"4", "2", "hash"}) {
            robot.clickOn("#dialpad-key-" + key);
        }

        await(() -> phone.dtmf.size() == 3);
        assertThat(phone.dtmf).containsExactly('4', '2', '#');
        assertThat(phone.commands).contains("dtmf " + call + " 4");
        await(() -> "42#".equals(text(robot, "#dialpad-sent")));
        assertThat(text(robot, "#dialpad-display")).isEqualTo("Keys send tones to 1002");
        assertThat(text(robot, "#number-field")).isEmpty();
    }

    @Test
    void shortcutsAnswerHoldShowTheDialpadAndHangUp(FxRobot robot) {
        CallId call = phone.ring(new Party("sip:5551234@pbx.example.com", ""));
        await(() -> exists(robot, "#incoming-panel"));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        await(() -> "On hold".equals(text(robot, "#call-panel-1 #call-state")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        await(() -> visible(robot, "#dialpad"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        await(() -> "Ended".equals(text(robot, "#call-panel-1 #call-state")));

        assertThat(phone.commands).containsSubsequence("answer " + call, "hold " + call, "resume " + call,
                "hangUp " + call);
    }

    @Test
    void everyControlHasAnIdAnAccessibleTextAndEveryIconATooltip(FxRobot robot) {
        phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        await(() -> exists(robot, "#incoming-panel"));
        robot.clickOn("#forward-button");
        robot.clickOn("#number-field").write("1002").type(KeyCode.ENTER);
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        robot.clickOn("#call-panel-1 #record-button");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#call-panel-1 #transfer-button");
        robot.clickOn("#dialpad-toggle");
        await(() -> exists(robot, "#recording-1-label") && visible(robot, "#dialpad"));

        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            check(stage.getScene().getRoot(), found);
            return found;
        });

        assertThat(problems).isEmpty();
    }

    /** Walks the scene: every control needs an id and accessible text, every icon-only button a tooltip. */
    private static void check(Node node, List<String> problems) {
        if (node instanceof Control c && !(node.getStyleClass().contains("tooltip"))
                && (c instanceof ButtonBase || c instanceof javafx.scene.control.TextInputControl)) {
            String name = c.getId() == null ? c.getClass().getSimpleName() + " " + c.getStyleClass() : "#" + c.getId();
            if (c.getId() == null) {
                problems.add(name + " has no id");
            }
            if (c.getAccessibleText() == null || c.getAccessibleText().isBlank()) {
                problems.add(name + " has no accessible text");
            }
            if (c instanceof Labeled l && l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                    && (l.getTooltip() == null || l.getTooltip().getText() == null || l.getTooltip().getText().isBlank())) {
                problems.add(name + " shows only an icon but has no tooltip");
            }
        }
        if (node instanceof Parent p && !(node instanceof Control c && c.getSkin() == null)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(child, problems);
            }
        }
    }

    private static boolean visible(FxRobot robot, String query) {
        return UiTestSupport.shown(robot, query);
    }
}
