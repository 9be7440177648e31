package io.agentbar.ui;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.CallSnapshot.ServerRecording;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.Preferences;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.shown;
import static io.agentbar.ui.UiTestSupport.text;

/**
 * The bar's agent states, the PBX recording mark, toasts and the background ringing window, in
 * both themes, to {@code target/screenshots} and {@code docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class AgentScreenshotUiTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.threaded(clock).farEndAnswers(false);
    private Stage stage;
    private BarWindow bar;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bar = ScreenshotBar.show(stage, phone, clock, Preferences.defaults().withAutoAnswer(true, 5));
    }

    @AfterEach
    void stop() {
        phone.close();
        ScreenshotBar.close(bar, stage);
    }

    @Test
    void pauseReasons(FxRobot robot) throws IOException {
        ready();
        robot.clickOn("#pause-ready-button");
        await(() -> shown(robot, "#pause-reasons"));
        ThemedShots.shoot(stage::getScene, "22-pause-reasons");
    }

    @Test
    void paused(FxRobot robot) throws IOException {
        ready();
        pauseFor(robot, 2);
        clock.advance(Duration.ofSeconds(754));
        await(() -> "Lunch 12:34".equals(text(robot, "#pause-timer")));
        focusNumberField();
        ThemedShots.shoot(stage::getScene, "23-paused");
    }

    @Test
    void partiallyPaused(FxRobot robot) throws IOException {
        phone.agentSettings(AgentSettings.defaults().withPartialPause(true,
                EnumSet.of(Channel.VOICE, Channel.CHAT, Channel.MAIL, Channel.SMS, Channel.OPEN_CHANNEL)));
        ready();
        pauseFor(robot, 4);
        robot.clickOn("#partial-ready-button");
        robot.clickOn("#ready-channel-chat");
        robot.clickOn("#ready-channels-confirm");
        await(() -> phone.agentStatus().state() instanceof AgentState.PartiallyPaused);
        clock.advance(Duration.ofSeconds(95));
        await(() -> "Training 01:35".equals(text(robot, "#pause-timer")));
        robot.clickOn("#partial-ready-button");
        robot.clickOn("#ready-channel-mail");
        ThemedShots.shoot(stage::getScene, "24-partially-paused");
    }

    @Test
    void pbxRecording(FxRobot robot) throws IOException {
        ready();
        CallId first = talkTo(robot, new Party("sip:5551234@pbx.example.com", "Alice Smith"), 1);
        phone.pbxRecording(first, Optional.of(ServerRecording.ACTIVE));
        clock.advance(Duration.ofSeconds(48));
        phone.farEndAnswers(true);
        robot.clickOn("#number-field").write("1003").type(javafx.scene.input.KeyCode.ENTER);
        await(() -> "Connected".equals(text(robot, "#call-panel-2 #call-state")));
        CallId second = phone.callTo("1003");
        phone.pbxRecording(second, Optional.of(ServerRecording.ACTIVE));
        robot.clickOn("#call-panel-2 #server-recording-toggle");
        await(() -> exists(robot, "#call-panel-2 #server-recording-badge:paused"));
        clock.advance(Duration.ofSeconds(7));
        await(() -> "00:07".equals(text(robot, "#call-panel-2 #call-timer")));
        focusNumberField();
        ThemedShots.shoot(stage::getScene, "25-pbx-recording");
        phone.pbxRecording(first, Optional.of(new ServerRecording(false, true)));
        await(() -> exists(robot, "#call-panel-1 #server-recording-badge:pending"));
        ThemedShots.shoot(stage::getScene, "26-pbx-recording-pending");
    }

    @Test
    void toasts(FxRobot robot) throws IOException {
        ready();
        pauseFor(robot, 1);
        CallId missed = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        phone.remoteCancel(missed);
        phone.refuseQueueCall(new Party("sip:1002@pbx.example.com", ""));
        phone.refuse("Partial pause is off: the agent returns to ready on every channel at once");
        await(() -> robot.lookup(".toast").queryAll().size() == 3);
        focusNumberField();
        ThemedShots.shoot(stage::getScene, "27-toasts");
        onFx(() -> {
            bar.viewModel().toasts().position().set(NotificationPosition.BOTTOM_LEFT);
            return null;
        });
        ThemedShots.shoot(stage::getScene, "28-toasts-bottom-left");
    }

    @Test
    void ringingInTheBackground(FxRobot robot) throws IOException {
        ready();
        onFx(() -> {
            stage.setIconified(true);
            return null;
        });
        phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        phone.ring(new Party("sip:1002@pbx.example.com", ""));
        Stage toast = bar.ringingToast().orElseThrow();
        await(() -> toast.isShowing() && "and 1 more ringing".equals(text(robot, "#ringing-toast-detail")
                .replace("5551234 · ", "")));
        ThemedShots.shoot(toast::getScene, "29-ringing-toast-window");
    }

    private void ready() {
        phone.registration(new RegistrationState.Registered(clock.instant().plusSeconds(1920)));
        phone.agentConnected(clock.instant().minusSeconds(4325));
        await(() -> stage.getScene().lookup("#pause-ready-button") != null
                && !stage.getScene().lookup("#pause-ready-button").isDisabled());
    }

    private void pauseFor(FxRobot robot, int reason) {
        robot.clickOn("#pause-ready-button");
        robot.clickOn("#pause-reason-" + reason);
        await(() -> "Ready".equals(text(robot, "#pause-ready-button")));
    }

    private CallId talkTo(FxRobot robot, Party who, int n) {
        CallId call = phone.ring(who);
        await(() -> exists(robot, "#answer-button"));
        phone.answer(call);
        await(() -> "Connected".equals(text(robot, "#call-panel-" + n + " #call-state")));
        return call;
    }

    private void focusNumberField() {
        onFx(() -> {
            stage.getScene().lookup("#number-field").requestFocus();
            return null;
        });
    }
}
