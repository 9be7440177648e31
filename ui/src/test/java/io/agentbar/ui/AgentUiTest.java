package io.agentbar.ui;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.call.Party;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.EnumSet;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.shown;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Pause/ready, partial ready, the agent timers and the refused-call toast in the real window. */
@ExtendWith(ApplicationExtension.class)
class AgentUiTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.threaded(clock);

    @Start
    void start(Stage stage) {
        stage.setScene(BarScene.create(phone, phone, clock));
        stage.show();
    }

    @AfterEach
    void stop() {
        phone.close();
    }

    @Test
    void pauseAsksForAReasonAndTheButtonTurnsToReady(FxRobot robot) {
        await(() -> "Pause".equals(text(robot, "#pause-ready-button")));
        assertThat(shown(robot, "#pause-reasons")).isFalse();

        robot.clickOn("#pause-ready-button");
        await(() -> shown(robot, "#pause-reasons"));
        assertThat(text(robot, "#pause-reason-2")).isEqualTo("Lunch");
        robot.clickOn("#pause-reason-2");

        await(() -> "Ready".equals(text(robot, "#pause-ready-button")));
        assertThat(phone.commands).containsExactly("pause Lunch");
        assertThat(shown(robot, "#pause-reasons")).isFalse();
        assertThat(text(robot, "#pause-timer")).isEqualTo("Lunch 00:00");
        assertThat(node(robot, "#pause-ready-button").getPseudoClassStates().toString()).contains("paused");

        robot.clickOn("#pause-ready-button");
        await(() -> "Pause".equals(text(robot, "#pause-ready-button")));
        assertThat(phone.commands).containsExactly("pause Lunch", "ready");
        assertThat(shown(robot, "#pause-timer")).isFalse();
    }

    @Test
    void escapeClosesTheReasonsWithoutPausing(FxRobot robot) {
        await(() -> !node(robot, "#pause-ready-button").isDisabled());
        robot.clickOn("#pause-ready-button");
        await(() -> shown(robot, "#pause-reasons"));

        robot.type(KeyCode.ESCAPE);

        await(() -> !shown(robot, "#pause-reasons"));
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void theArrowReturnsToReadyOnTheChosenChannelsOnly(FxRobot robot) {
        phone.agentSettings(AgentSettings.defaults().withPartialPause(true,
                EnumSet.of(Channel.VOICE, Channel.CHAT, Channel.SMS)));
        await(() -> !node(robot, "#pause-ready-button").isDisabled());
        robot.clickOn("#pause-ready-button");
        await(() -> shown(robot, "#pause-reason-1"));
        robot.clickOn("#pause-reason-1");
        await(() -> shown(robot, "#partial-ready-button"));

        robot.clickOn("#partial-ready-button");
        await(() -> shown(robot, "#ready-channels"));
        assertThat(exists(robot, "#ready-channel-mail")).as("not one of the agent's channels").isFalse();
        assertThat(node(robot, "#ready-channels-confirm").isDisabled()).isTrue();
        robot.clickOn("#ready-channel-chat");
        robot.clickOn("#ready-channel-sms");
        robot.clickOn("#ready-channels-confirm");

        await(() -> phone.agentStatus().state() instanceof AgentState.PartiallyPaused);
        assertThat(phone.commands).containsExactly("pause Break", "ready [chat, sms]");
        await(() -> !shown(robot, "#ready-channels"));
        await(() -> node(robot, "#pause-ready-button").getPseudoClassStates().toString().contains("partial"));
        robot.clickOn("#partial-ready-button");
        await(() -> shown(robot, "#ready-channels"));
        assertThat(((CheckBox) node(robot, "#ready-channel-chat")).isSelected()).isTrue();
        assertThat(node(robot, "#ready-channel-chat").isDisabled()).as("already ready").isTrue();
    }

    @Test
    void theTimersShowConnectedTimeAndPauseTimeWithTheReason(FxRobot robot) {
        assertThat(text(robot, "#connected-timer")).isEqualTo("--:--");
        phone.agentConnected(clock.instant());
        await(() -> "00:00".equals(text(robot, "#connected-timer")));
        clock.advance(Duration.ofMinutes(42));
        await(() -> "42:00".equals(text(robot, "#connected-timer")));

        robot.clickOn("#pause-ready-button");
        robot.clickOn("#pause-reason-3");
        await(() -> "Meeting 00:00".equals(text(robot, "#pause-timer")));
        clock.advance(Duration.ofSeconds(95));

        await(() -> "Meeting 01:35".equals(text(robot, "#pause-timer"))
                && "43:35".equals(text(robot, "#connected-timer")));
        assertThat(node(robot, "#connected-timer").getAccessibleText())
                .isEqualTo("Connected for 43:35. Paused: Meeting 01:35");
    }

    @Test
    void aCallRefusedWhilePausedShowsAToast(FxRobot robot) {
        robot.clickOn("#pause-ready-button");
        robot.clickOn("#pause-reason-1");
        await(() -> "Ready".equals(text(robot, "#pause-ready-button")));

        phone.refuseQueueCall(new Party("sip:1002@pbx.example.com", ""));

        await(() -> exists(robot, ".toast"));
        assertThat(text(robot, ".toast-text")).isEqualTo("Call from 1002 refused: you are paused");
        assertThat(node(robot, ".toast-text").getAccessibleText())
                .isEqualTo("Warning: Call from 1002 refused: you are paused");
        robot.clickOn(".toast-close");
        await(() -> !exists(robot, ".toast"));
    }

    @Test
    void toastsFadeOnTheClock(FxRobot robot) {
        phone.refuse("No free audio port");
        await(() -> exists(robot, ".toast"));

        clock.advance(Duration.ofSeconds(8));

        await(() -> !exists(robot, ".toast"));
    }

    @Test
    void pauseAndMuteHaveShortcuts(FxRobot robot) {
        await(() -> !node(robot, "#pause-ready-button").isDisabled());
        robot.clickOn("#number-field");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> shown(robot, "#pause-reasons") && node(robot, "#pause-reason-1").isFocused());
        robot.type(KeyCode.SPACE);
        await(() -> "Ready".equals(text(robot, "#pause-ready-button")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> "Pause".equals(text(robot, "#pause-ready-button")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);

        await(() -> phone.commands.contains("mic true"));
        assertThat(phone.commands).containsExactly("pause Break", "ready", "mic true");
    }
}
