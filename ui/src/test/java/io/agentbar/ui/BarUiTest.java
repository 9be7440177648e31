package io.agentbar.ui;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.Optional;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The real window on the headless platform, driven by node ids, with a scripted phone behind it. */
@ExtendWith(ApplicationExtension.class)
class BarUiTest {
    // the theme's values for -ab-ok, -ab-warn and -ab-danger
    private static final Color OK = Color.web("#16a34a");
    private static final Color WARN = Color.web("#f59e0b");
    private static final Color DANGER = Color.web("#dc2626");

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
    void typingANumberAndPressingEnterDials(FxRobot robot) {
        robot.clickOn("#number-field").write("1002").type(KeyCode.ENTER);

        await(() -> phone.commands.contains("dial 1002"));
        await(() -> exists(robot, "#call-panel-1") && "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        assertThat(text(robot, "#number-field")).isEmpty();
        assertThat(text(robot, "#call-panel-1 #call-timer")).isEqualTo("00:00");
    }

    @Test
    void theCallButtonDialsAndIsOffWhileThereIsNothingToDial(FxRobot robot) {
        assertThat(node(robot, "#call-button").isDisabled()).isTrue();

        robot.clickOn("#number-field").write("sip:alice@pbx.example.com");
        await(() -> !node(robot, "#call-button").isDisabled());
        robot.clickOn("#call-button");

        await(() -> phone.commands.contains("dial sip:alice@pbx.example.com"));
    }

    @Test
    void refusedCharactersStayOutOfTheFieldAndShowTheHint(FxRobot robot) {
        assertThat(node(robot, "#number-hint").isVisible()).isFalse();

        robot.clickOn("#number-field").write("10%02!");

        await(() -> "1002".equals(text(robot, "#number-field")) && node(robot, "#number-hint").isVisible());
        assertThat(text(robot, "#number-hint")).startsWith("“!” can’t be dialled");
        robot.write("3");
        await(() -> !node(robot, "#number-hint").isVisible());
    }

    @Test
    void anIncomingCallShowsTheCallerAndAnswerAnswersIt(FxRobot robot) {
        CallId id = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));

        await(() -> exists(robot, "#incoming-panel"));
        assertThat(text(robot, "#incoming-caller")).isEqualTo("Alice Smith");
        assertThat(text(robot, "#incoming-number")).isEqualTo("5551234");
        assertThat(node(robot, "#incoming-panel").getAccessibleText()).isEqualTo("Incoming call from Alice Smith");
        robot.clickOn("#answer-button");

        await(() -> phone.commands.contains("answer " + id));
        await(() -> !exists(robot, "#incoming-panel") && "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        assertThat(text(robot, "#call-panel-1 #call-remote")).isEqualTo("Alice Smith");
    }

    @Test
    void rejectRejectsTheRingingCall(FxRobot robot) {
        CallId id = phone.ring(new Party("sip:5551234@pbx.example.com", ""));
        await(() -> exists(robot, "#reject-button"));

        robot.clickOn("#reject-button");

        await(() -> phone.commands.contains("reject " + id));
        await(() -> !exists(robot, "#incoming-panel"));
        assertThat(exists(robot, "#call-panel-1")).isFalse();
    }

    @Test
    void theRegistrationLightFollowsTheRegistration(FxRobot robot) {
        assertThat(lightColour(robot)).isEqualTo(DANGER);

        phone.registration(new RegistrationState.Registering(1));
        await(() -> WARN.equals(lightColour(robot)));

        phone.registration(new RegistrationState.Registered(Instant.parse("2026-11-23T10:32:00Z")));
        await(() -> OK.equals(lightColour(robot)));
        Button light = node(robot, "#registration-button");
        assertThat(onFx(() -> light.getTooltip().getText())).isEqualTo("Registered as 1001@pbx.example.com until 10:32");

        phone.registration(new RegistrationState.Failed(401, "Unauthorized", Optional.empty(), 1));
        await(() -> DANGER.equals(lightColour(robot)));
        assertThat(onFx(() -> light.getTooltip().getText())).isEqualTo("Wrong password (401) — check your credentials");
    }

    @Test
    void clickingARedLightRegisters(FxRobot robot) {
        robot.clickOn("#registration-button");

        await(() -> phone.commands.contains("register"));
        await(() -> WARN.equals(lightColour(robot)));
    }

    @Test
    void theRingtoneToggleSwitchesTheRingtoneAndSaysWhatAClickWillDo(FxRobot robot) {
        assertThat(node(robot, "#ringtone-toggle").getAccessibleText()).isEqualTo("Ringtone on — click to ring silently");
        robot.clickOn("#ringtone-toggle");
        await(() -> muted(node(robot, "#ringtone-toggle")));
        assertThat(phone.commands).containsExactly("ringtone false");
        assertThat(onFx(() -> ((Button) node(robot, "#ringtone-toggle")).getTooltip().getText()))
                .isEqualTo("Ringtone off — click to turn it on");
        robot.clickOn("#ringtone-toggle");
        await(() -> !muted(node(robot, "#ringtone-toggle")));
        assertThat(phone.commands).containsExactly("ringtone false", "ringtone true");
    }

    @Test
    void muteTogglesSendTheCommandAndShowWhatThePhoneReports(FxRobot robot) {
        robot.clickOn("#mic-toggle");
        await(() -> muted(node(robot, "#mic-toggle")));
        assertThat(phone.commands).contains("mic true");
        assertThat(onFx(() -> ((Button) node(robot, "#mic-toggle")).getTooltip().getText()))
                .isEqualTo("Microphone muted — click to unmute (Ctrl+Shift+M)");
        assertThat(node(robot, "#mic-toggle").getAccessibleText())
                .isEqualTo("Microphone muted — click to unmute (Ctrl+Shift+M)");

        robot.clickOn("#speaker-toggle");
        await(() -> muted(node(robot, "#speaker-toggle")));

        robot.clickOn("#mic-toggle");
        await(() -> !muted(node(robot, "#mic-toggle")));
        assertThat(phone.commands).containsExactly("mic true", "speaker true", "mic false");
    }

    @Test
    void hangUpOnThePanelEndsTheCall(FxRobot robot) {
        robot.clickOn("#number-field").write("1002").type(KeyCode.ENTER);
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state")));

        robot.clickOn("#call-panel-1 #hangup-button");

        await(() -> phone.commands.stream().anyMatch(c -> c.startsWith("hangUp ")));
        await(() -> "Ended".equals(text(robot, "#call-panel-1 #call-state")));
        assertThat(node(robot, "#end-button").isDisabled()).isTrue();
    }

    @Test
    void theBarsEndButtonHangsUpTheCurrentCall(FxRobot robot) {
        robot.clickOn("#number-field").write("1002").type(KeyCode.ENTER);
        await(() -> !node(robot, "#end-button").isDisabled());

        robot.clickOn("#end-button");

        await(() -> "Ended".equals(text(robot, "#call-panel-1 #call-state")));
    }

    @Test
    void everyControlHasAnAccessibleText(FxRobot robot) {
        for (String id : new String[]{"#registration-button", "#registration-light", "#ringtone-toggle",
                "#speaker-toggle", "#mic-toggle",
                "#number-field", "#call-button", "#end-button"}) {
            assertThat(node(robot, id).getAccessibleText()).as(id).isNotBlank();
        }
    }

    @Test
    void theWindowFitsTheHeadlessScreen(FxRobot robot) {
        Node root = node(robot, ".bar-window");
        assertThat(root.getScene().getWidth()).isBetween(800.0, 960.0);
        assertThat(root.getScene().getHeight()).isBetween(50.0, 70.0);
    }

    private static Color lightColour(FxRobot robot) {
        return (Color) ((Circle) node(robot, "#registration-light")).getFill();
    }

    private static boolean muted(Node toggle) {
        return toggle.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("muted"));
    }
}
