package io.agentbar.ui;

import io.agentbar.core.call.CallId;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The call panels' buttons in the real window, driven by node ids, against the scripted phone. */
@ExtendWith(ApplicationExtension.class)
class CallPanelsUiTest {
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
    void holdAndResumeFromThePanel(FxRobot robot) {
        CallId call = dial(robot, "1002", 1);
        assertThat(visible(robot, "#call-panel-1 #resume-button")).isFalse();

        robot.clickOn("#call-panel-1 #hold-button");

        await(() -> "On hold".equals(text(robot, "#call-panel-1 #call-state"))
                && visible(robot, "#call-panel-1 #resume-button") && !visible(robot, "#call-panel-1 #hold-button"));
        assertThat(phone.commands).contains("hold " + call);
        assertThat(pseudo(node(robot, "#call-panel-1"), "held")).isTrue();

        robot.clickOn("#call-panel-1 #resume-button");
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state"))
                && visible(robot, "#call-panel-1 #hold-button"));
        assertThat(phone.commands).contains("resume " + call);
    }

    @Test
    void aSecondCallOpensASecondPanelAndHoldsTheFirst(FxRobot robot) {
        dial(robot, "1002", 1);

        dial(robot, "1003", 2);

        await(() -> "On hold".equals(text(robot, "#call-panel-1 #call-state")));
        assertThat(text(robot, "#call-panel-2 #call-remote")).isEqualTo("1003");
        assertThat(text(robot, "#call-panel-2 #call-state")).isEqualTo("Connected");
    }

    @Test
    void blindTransferAsksForATargetAndShowsProgressAndFailure(FxRobot robot) {
        CallId call = dial(robot, "1002", 1);
        assertThat(visible(robot, "#call-panel-1 #transfer-prompt")).isFalse();

        robot.clickOn("#call-panel-1 #transfer-button");
        await(() -> visible(robot, "#call-panel-1 #transfer-prompt"));
        assertThat(node(robot, "#call-panel-1 #transfer-confirm").isDisabled()).isTrue();
        robot.write("1003");
        robot.clickOn("#call-panel-1 #transfer-confirm");

        await(() -> phone.commands.contains("transfer " + call + " 1003"));
        await(() -> "Transferring to 1003…".equals(text(robot, "#call-panel-1 #call-transfer-status")));
        assertThat(visible(robot, "#call-panel-1 #transfer-prompt")).isFalse();
        assertThat(node(robot, "#call-panel-1 #transfer-button").isDisabled()).isTrue();

        phone.transferProgress(call, 486, "Busy Here", true);
        await(() -> "Transfer to 1003 failed — 486 Busy Here; the call is back"
                .equals(text(robot, "#call-panel-1 #call-transfer-status")));
        assertThat(pseudo(node(robot, "#call-panel-1 #call-transfer-status"), "failed")).isTrue();
        assertThat(node(robot, "#call-panel-1 #transfer-button").isDisabled()).isFalse();
    }

    @Test
    void escapeClosesTheTransferQuestion(FxRobot robot) {
        dial(robot, "1002", 1);
        robot.clickOn("#call-panel-1 #transfer-button");
        await(() -> visible(robot, "#call-panel-1 #transfer-prompt"));

        robot.type(KeyCode.ESCAPE);

        await(() -> !visible(robot, "#call-panel-1 #transfer-prompt"));
        assertThat(phone.commands).noneMatch(c -> c.startsWith("transfer"));
    }

    @Test
    void attendedTransferOffersTheOtherCall(FxRobot robot) {
        CallId customer = dial(robot, "5551234", 1);
        CallId colleague = dial(robot, "1003", 2);

        robot.clickOn("#call-panel-1 #transfer-button");
        await(() -> visible(robot, "#call-panel-1 #transfer-to-call-2"));
        assertThat(text(robot, "#call-panel-1 #transfer-to-call-2")).isEqualTo("To call 2 · 1003");
        robot.clickOn("#call-panel-1 #transfer-to-call-2");

        await(() -> phone.commands.contains("transfer " + customer + " to call " + colleague));
        await(() -> "Transferring to 1003…".equals(text(robot, "#call-panel-1 #call-transfer-status")));
        phone.transferProgress(customer, 200, "OK", true);
        await(() -> "Transferred to 1003".equals(text(robot, "#call-panel-1 #call-state")));
    }

    @Test
    void conferenceThenSplitThenLeave(FxRobot robot) {
        CallId customer = dial(robot, "5551234", 1);
        CallId colleague = dial(robot, "1003", 2);
        assertThat(visible(robot, "#call-panel-1 #split-button")).isFalse();

        robot.clickOn("#call-panel-2 #conference-button");

        await(() -> "In conference with 1003".equals(text(robot, "#call-panel-1 #call-state"))
                && "In conference with 5551234".equals(text(robot, "#call-panel-2 #call-state")));
        assertThat(phone.commands).contains("conference " + colleague + " " + customer);
        assertThat(visible(robot, "#call-panel-1 #conference-button")).isFalse();
        assertThat(visible(robot, "#call-panel-1 #transfer-button")).isFalse();

        robot.clickOn("#call-panel-1 #split-button");
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state"))
                && "On hold".equals(text(robot, "#call-panel-2 #call-state")));
        assertThat(phone.commands).contains("split " + customer);

        robot.clickOn("#call-panel-1 #conference-button");
        await(() -> visible(robot, "#call-panel-1 #leave-button"));
        robot.clickOn("#call-panel-1 #leave-button");

        await(() -> phone.commands.contains("leaveConference " + customer));
        await(() -> "Transferred to 1003".equals(text(robot, "#call-panel-1 #call-state"))
                && text(robot, "#call-panel-2 #call-state").startsWith("Ended"));
    }

    @Test
    void recordStartPauseStopWithTheRedIndicator(FxRobot robot) {
        CallId call = dial(robot, "1002", 1);
        assertThat(visible(robot, "#call-panel-1 #recording-badge")).isFalse();

        robot.clickOn("#call-panel-1 #record-button");
        await(() -> visible(robot, "#call-panel-1 #recordings"));
        robot.write("Complaint").type(KeyCode.ENTER);

        await(() -> visible(robot, "#call-panel-1 #recording-badge"));
        assertThat(phone.commands).contains("startRecording " + call + " Complaint");
        assertThat(text(robot, "#recording-1-label")).isEqualTo("Recording 1 · Complaint");
        assertThat(pseudo(node(robot, "#call-panel-1 #record-button"), "recording")).isTrue();
        clock.advance(Duration.ofSeconds(5));
        await(() -> "00:05".equals(text(robot, "#call-panel-1 #recording-badge")));

        robot.clickOn("#recording-1-pause");
        await(() -> visible(robot, "#recording-1-resume") && pseudo(node(robot, "#recording-badge"), "paused"));
        clock.advance(Duration.ofSeconds(20));
        robot.clickOn("#recording-1-resume");
        await(() -> visible(robot, "#recording-1-pause"));
        assertThat(text(robot, "#recording-1-time")).isEqualTo("00:05");

        robot.clickOn("#recording-start");
        await(() -> exists(robot, "#recording-2-label") && !visible(robot, "#recording-new"));
        robot.clickOn("#recording-1-stop");
        robot.clickOn("#recording-2-stop");

        await(() -> !visible(robot, "#call-panel-1 #recording-badge"));
        assertThat(phone.commands).contains("pauseRecording " + call + " 1", "resumeRecording " + call + " 1",
                "stopRecording " + call + " 1", "stopRecording " + call + " 2");
        assertThat(pseudo(node(robot, "#call-panel-1 #record-button"), "recording")).isFalse();
    }

    @Test
    void theWindowGrowsWithAnOpenedQuestionSoNothingIsCutOff(FxRobot robot) {
        dial(robot, "1002", 1);
        double before = stage.getScene().getHeight();

        robot.clickOn("#call-panel-1 #transfer-button");

        await(() -> stage.getScene().getHeight() > before + 20);
        Node root = stage.getScene().getRoot();
        await(() -> Math.abs(root.prefHeight(-1) - stage.getScene().getHeight()) < 1);
    }

    private CallId dial(FxRobot robot, String number, int panel) {
        robot.clickOn("#number-field").write(number).type(KeyCode.ENTER);
        await(() -> "Connected".equals(text(robot, "#call-panel-" + panel + " #call-state")));
        return phone.callTo(number);
    }

    private static boolean visible(FxRobot robot, String query) {
        return UiTestSupport.shown(robot, query);
    }

    private static boolean pseudo(Node node, String name) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(name));
    }
}
