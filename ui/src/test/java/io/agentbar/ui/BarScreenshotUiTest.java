package io.agentbar.ui;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the bar in the states an agent sees most to {@code ui/target/screenshots/*.png}, through
 * the real {@link BarScene}, so a reviewer can look at the design without running the app.
 */
@ExtendWith(ApplicationExtension.class)
class BarScreenshotUiTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.threaded(clock).farEndAnswers(false);
    private Stage stage;
    private BarWindow bar;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bar = ScreenshotBar.show(stage, phone, clock, io.agentbar.core.settings.Preferences.defaults());
    }

    @AfterEach
    void stop() {
        phone.close();
        ScreenshotBar.close(bar, stage);
    }

    @Test
    void idleRegistered(FxRobot robot) throws IOException {
        registered();
        shoot("01-idle-registered");
    }

    @Test
    void typingANumber(FxRobot robot) throws IOException {
        registered();
        robot.clickOn("#number-field").write("+39 (02) 1234-5678");
        await(() -> !node(robot, "#call-button").isDisabled());
        shoot("02-typing");
    }

    @Test
    void refusedCharacter(FxRobot robot) throws IOException {
        registered();
        robot.clickOn("#number-field").write("1002%");
        await(() -> node(robot, "#number-hint").isVisible());
        shoot("03-refused-character");
    }

    @Test
    void outgoingRinging(FxRobot robot) throws IOException {
        registered();
        robot.clickOn("#number-field").write("1002").type(KeyCode.ENTER);
        await(() -> "Ringing…".equals(text(robot, "#call-state")));
        shoot("04-outgoing-ringing");
    }

    @Test
    void connectedWithMicMuted(FxRobot robot) throws IOException {
        registered();
        CallId call = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        await(() -> robot.lookup("#answer-button").tryQuery().isPresent());
        phone.answer(call);
        phone.setMicrophoneMuted(true);
        await(() -> "Connected".equals(text(robot, "#call-state")));
        clock.advance(Duration.ofSeconds(137));
        await(() -> "02:17".equals(text(robot, "#call-timer")));
        shoot("05-connected-mic-muted");
    }

    @Test
    void incomingWhileInACall(FxRobot robot) throws IOException {
        registered();
        CallId first = phone.ring(new Party("sip:1002@pbx.example.com", ""));
        phone.answer(first);
        await(() -> "Connected".equals(text(robot, "#call-state")));
        clock.advance(Duration.ofSeconds(61));
        phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        await(() -> robot.lookup("#incoming-panel").tryQuery().isPresent());
        await(() -> "01:01".equals(text(robot, "#call-timer")));
        shoot("06-incoming-while-in-call");
    }

    @Test
    void noAudioAndAnEndedCall(FxRobot robot) throws IOException {
        registered();
        CallId talking = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        phone.answer(talking);
        await(() -> "Connected".equals(text(robot, "#call-state")));
        phone.media(talking, new MediaState.Silent(FakePhone.OPUS, 5000));
        CallId busy = phone.dial("+390212345678");
        phone.fail(busy, 486);
        clock.advance(Duration.ofSeconds(3));
        await(() -> robot.lookup("Ended — busy").tryQuery().isPresent() && "00:03".equals(text(robot, "#call-timer")));
        shoot("07-no-audio-and-busy");
    }

    @Test
    void registrationFailed(FxRobot robot) throws IOException {
        phone.registration(new RegistrationState.Failed(401, "Unauthorized", Optional.empty(), 1));
        CallId missed = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));
        phone.remoteCancel(missed);
        await(() -> node(robot, "#registration-alert").isVisible() && exists(robot, ".toast"));
        shoot("08-registration-failed-and-missed-call");
    }

    @Test
    void registering(FxRobot robot) throws IOException {
        phone.registration(new RegistrationState.Registering(2));
        phone.setSpeakerMuted(true);
        await(() -> node(robot, "#speaker-toggle").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("muted")));
        shoot("09-registering-speaker-muted");
    }

    /** The registration tooltip, shown by hand: popups are windows of their own that a scene snapshot misses. */
    @Test
    void registrationTooltip(FxRobot robot) throws IOException {
        phone.registration(new RegistrationState.Failed(408, "Request Timeout",
                Optional.of(clock.instant().plusSeconds(60)), 2));
        await(() -> tooltip(robot).getText().startsWith("No answer"));
        onFx(() -> {
            tooltip(robot).show(stage, stage.getX() + 8, stage.getY() + 48);
            return null;
        });
        ThemedShots.shoot(() -> tooltip(robot).getScene(), "11-registration-tooltip");
        onFx(() -> {
            tooltip(robot).hide();
            return null;
        });
    }

    @Test
    void inACallWithThePanelButtons(FxRobot robot) throws IOException {
        registered();
        talkTo(robot, new Party("sip:5551234@pbx.example.com", "Alice Smith"), 1);
        clock.advance(Duration.ofSeconds(65));
        await(() -> "01:05".equals(text(robot, "#call-panel-1 #call-timer")));
        shoot("12-in-call-panel-buttons");
    }

    @Test
    void twoCallsOneHeld(FxRobot robot) throws IOException {
        registered();
        talkTo(robot, new Party("sip:5551234@pbx.example.com", "Alice Smith"), 1);
        clock.advance(Duration.ofSeconds(95));
        consult(robot, "1003");
        await(() -> "On hold".equals(text(robot, "#call-panel-1 #call-state")));
        clock.advance(Duration.ofSeconds(12));
        await(() -> "00:12".equals(text(robot, "#call-panel-2 #call-timer")));
        shoot("13-two-calls-one-held");
        robot.clickOn("#call-panel-1 #transfer-button");
        await(() -> node(robot, "#call-panel-1 #transfer-prompt").isVisible());
        robot.write("1004");
        shoot("14-transfer-prompt-attended");
    }

    @Test
    void conference(FxRobot robot) throws IOException {
        registered();
        talkTo(robot, new Party("sip:5551234@pbx.example.com", "Alice Smith"), 1);
        clock.advance(Duration.ofSeconds(95));
        consult(robot, "1003");
        robot.clickOn("#call-panel-2 #conference-button");
        await(() -> text(robot, "#call-panel-1 #call-state").startsWith("In conference"));
        clock.advance(Duration.ofSeconds(30));
        await(() -> "00:30".equals(text(robot, "#call-panel-2 #call-timer")));
        focusNumberField();
        shoot("15-conference");
    }

    @Test
    void recording(FxRobot robot) throws IOException {
        registered();
        talkTo(robot, new Party("sip:5551234@pbx.example.com", "Alice Smith"), 1);
        robot.clickOn("#call-panel-1 #record-button");
        robot.write("Complaint 4471").type(KeyCode.ENTER);
        await(() -> exists(robot, "#recording-1-label"));
        clock.advance(Duration.ofSeconds(42));
        robot.clickOn("#recording-start");
        await(() -> exists(robot, "#recording-2-label"));
        robot.clickOn("#recording-2-pause");
        await(() -> exists(robot, "#recording-2-resume") && node(robot, "#recording-2-resume").isVisible());
        clock.advance(Duration.ofSeconds(3));
        await(() -> "00:45".equals(text(robot, "#recording-1-time")));
        focusNumberField();
        shoot("16-recording");
        robot.clickOn("#call-panel-1 #record-button");
        await(() -> !node(robot, "#recordings").isVisible());
        focusNumberField();
        shoot("17-recording-badge");
    }

    @Test
    void ringingWithAutoAnswerCountdown(FxRobot robot) throws IOException {
        registered();
        phone.ringWithAutoAnswer(new Party("sip:5551234@pbx.example.com", "Alice Smith"), Duration.ofSeconds(5));
        await(() -> "Answering in 5 s".equals(text(robot, "#auto-answer-countdown")));
        clock.advance(Duration.ofSeconds(2));
        await(() -> "Answering in 3 s".equals(text(robot, "#auto-answer-countdown")));
        shoot("18-ringing-auto-answer");
        robot.clickOn("#forward-button");
        await(() -> node(robot, "#forward-prompt").isVisible());
        robot.write("1003");
        shoot("19-forward-prompt");
    }

    @Test
    void dialpadInACall(FxRobot robot) throws IOException {
        registered();
        talkTo(robot, new Party("sip:18005550199@pbx.example.com", "Bank hotline"), 1);
        robot.clickOn("#dialpad-toggle");
        await(() -> node(robot, "#dialpad").isVisible());
        for (String key : new String[]{"1", "4", "hash"}) {
            robot.clickOn("#dialpad-key-" + key);
        }
        await(() -> phone.dtmf.size() == 3);
        clock.advance(Duration.ofSeconds(21));
        await(() -> "00:21".equals(text(robot, "#call-timer")));
        shoot("20-dialpad-in-call");
    }

    @Test
    void dialpadBeforeACall(FxRobot robot) throws IOException {
        registered();
        robot.clickOn("#dialpad-toggle");
        for (String key : new String[]{"1", "0", "0", "2"}) {
            robot.clickOn("#dialpad-key-" + key);
        }
        await(() -> "1002".equals(text(robot, "#number-field")));
        shoot("21-dialpad-before-call");
    }

    /** Where the agent's focus rests, so a clicked button does not keep its focus ring in the picture. */
    private void focusNumberField() {
        onFx(() -> {
            stage.getScene().lookup("#number-field").requestFocus();
            return null;
        });
    }

    /** An answered incoming call from {@code who}, shown as panel {@code n}. */
    private void talkTo(FxRobot robot, Party who, int n) {
        CallId call = phone.ring(who);
        await(() -> exists(robot, "#answer-button"));
        phone.answer(call);
        await(() -> "Connected".equals(text(robot, "#call-panel-" + n + " #call-state")));
    }

    /** A second call placed from the bar, answered at once: the first goes on hold. */
    private void consult(FxRobot robot, String number) {
        phone.farEndAnswers(true);
        robot.clickOn("#number-field").write(number).type(KeyCode.ENTER);
        await(() -> "Connected".equals(text(robot, "#call-panel-2 #call-state")));
    }

    private static Tooltip tooltip(FxRobot robot) {
        return ((Button) node(robot, "#registration-button")).getTooltip();
    }

    /** Every glyph large, to judge the drawing itself. */
    @Test
    void glyphSheet() throws IOException {
        Scene sheet = onFx(() -> {
            javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(16, 16);
            row.setPrefWrapLength(900);
            row.setStyle("-fx-padding: 16; -fx-background-color: -ab-surface;");
            for (Glyph g : Glyph.values()) {
                row.getChildren().add(g.create(48));
            }
            Scene scene = new Scene(row);
            Theme.applyTo(scene);
            return scene;
        });
        ThemedShots.shoot(() -> sheet, "10-glyphs");
    }

    private void registered() {
        phone.registration(new RegistrationState.Registered(clock.instant().plusSeconds(1920)));
        phone.agentConnected(clock.instant().minusSeconds(4325)); // the agent logged in 1:12:05 ago
        await(() -> stage.getScene().lookup("#registration-light").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("green")));
    }

    private void shoot(String name) throws IOException {
        // no sizeToScene here: the window must already fit its panels by itself
        ThemedShots.shoot(stage::getScene, name);
    }

}
