package io.agentbar.ui;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.CallSnapshot.ServerRecording;
import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.ThemeMode;
import io.agentbar.core.settings.WindowStateStore;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import io.agentbar.ui.settings.SettingsFakes;
import io.agentbar.ui.settings.SettingsPorts;
import io.agentbar.ui.settings.SettingsViewModel;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.shown;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The bar as the app wires it: settings, menu, theme, the PBX recording mark, the ringing toast. */
@ExtendWith(ApplicationExtension.class)
class BarWindowUiTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.threaded(clock);
    private final SettingsFakes.Store store = new SettingsFakes.Store(Preferences.defaults().withAutoAnswer(true, 5));
    private final WindowStateStore windowState = WindowStateStore.inMemory();
    private Stage stage;
    private Stage ringingToast;
    private SettingsViewModel settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        settings = new SettingsViewModel(SettingsFakes.PROFILE, new SettingsPorts(store,
                new SettingsFakes.Target(), new SettingsFakes.Devices(List.of(), List.of()),
                new SettingsFakes.Checks(SettingsFakes.oneFailing())), Executors.newVirtualThreadPerTaskExecutor(),
                FxBridge.onFxThread().executor());
        BarWindow bar = BarWindow.build(phone, phone, clock, (typed, limit) -> List.of());
        bar.useSettings(settings);
        bar.place(stage, windowState);
        ringingToast = bar.ringingToast().orElseThrow();
        stage.show();
    }

    @AfterEach
    void stop() {
        phone.close();
        onFx(() -> {
            ringingToast.hide(); // the test stage is reused: an old toast must not take the next test's keys
            stage.setIconified(false);
            Theme.mode().set(ThemeMode.LIGHT); // the theme is app-wide: leave it as other tests expect
            return null;
        });
    }

    @Test
    void theAutoAnswerBadgeShowsWhileAutoAnswerIsSavedOn(FxRobot robot) {
        assertThat(shown(robot, "#bar #auto-answer-badge")).isTrue();
        assertThat(node(robot, "#auto-answer-badge").getAccessibleText()).isEqualTo("Auto answer on: calls connect after 5 s");
    }

    @Test
    void theRingtoneToggleIsASavedPreference(FxRobot robot) {
        robot.clickOn("#ringtone-toggle");
        await(() -> !store.saves.isEmpty());
        assertThat(store.saves.getLast()).isEqualTo(Preferences.defaults().withAutoAnswer(true, 5)
                .withRingtone(false, Preferences.DEFAULT_RINGTONE_VOLUME));
        // the dialog's form follows what is saved (no dialog is opened here: a modal one left open
        // would block the next tests' clicks on other windows)
        assertThat(onFx(() -> settings.audio().ringtoneEnabled().get())).as("the dialog would show it off").isFalse();
    }

    @Test
    void theSettingsButtonAndItsShortcutOpenTheDialog(FxRobot robot) {
        robot.clickOn("#settings-button");
        await(() -> exists(robot, "#settings"));
        robot.clickOn("#settings-cancel");
        await(() -> !exists(robot, "#settings"));

        robot.clickOn("#number-field");
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        await(() -> exists(robot, "#settings"));
        robot.clickOn("#settings-cancel");
        await(() -> !exists(robot, "#settings"));
    }

    @Test
    void choosingDarkRepaintsTheBarAndTheDialogAtOnceAndSaveKeepsIt(FxRobot robot) {
        Paint lightBar = background(robot, "#bar");
        robot.clickOn("#settings-button");
        await(() -> exists(robot, "#settings"));
        robot.clickOn("#settings-tab-services");
        Paint lightDialog = background(robot, "#settings");

        onFx(() -> {
            ((ChoiceBox<ThemeMode>) node(robot, "#settings-theme")).setValue(ThemeMode.DARK);
            return null;
        });

        await(() -> !background(robot, "#bar").equals(lightBar) && !background(robot, "#settings").equals(lightDialog));
        robot.clickOn("#settings-save");
        await(() -> store.stored.theme() == ThemeMode.DARK);
        assertThat(background(robot, "#bar")).isNotEqualTo(lightBar);
    }

    @Test
    void cancelTakesTheChosenThemeBack(FxRobot robot) {
        Paint lightBar = background(robot, "#bar");
        robot.clickOn("#settings-button");
        await(() -> exists(robot, "#settings-theme"));
        onFx(() -> {
            ((ChoiceBox<ThemeMode>) node(robot, "#settings-theme")).setValue(ThemeMode.DARK);
            return null;
        });
        await(() -> !background(robot, "#bar").equals(lightBar));

        robot.clickOn("#settings-cancel");

        await(() -> background(robot, "#bar").equals(lightBar));
        assertThat(store.stored.theme()).isEqualTo(ThemeMode.LIGHT);
    }

    @Test
    void theMenuSwitchesTheThemeAndTheWindowBehaviour(FxRobot robot) {
        Paint lightBar = background(robot, "#bar");
        robot.clickOn("#bar-menu");
        await(() -> exists(robot, "#menu-dark-theme"));
        robot.clickOn("#menu-dark-theme");
        await(() -> !background(robot, "#bar").equals(lightBar));
        assertThat(store.stored.theme()).isEqualTo(ThemeMode.DARK);

        robot.clickOn("#bar-menu");
        await(() -> exists(robot, "#menu-always-on-top"));
        robot.clickOn("#menu-always-on-top");
        await(stage::isAlwaysOnTop);
        assertThat(windowState.load().alwaysOnTop()).isTrue();

        robot.clickOn("#bar-menu");
        await(() -> exists(robot, "#menu-dock-top"));
        robot.clickOn("#menu-dock-top");
        await(() -> stage.getY() == 0 && Math.abs(stage.getX() + stage.getWidth() / 2 - 500) <= 1);
        assertThat(windowState.load().docked()).isTrue();
    }

    @Test
    void thePbxRecordingShowsAndPausesAndResumes(FxRobot robot) {
        CallId call = phone.ring(new Party("sip:1002@pbx.example.com", ""));
        phone.answer(call);
        await(() -> "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        assertThat(shown(robot, "#call-panel-1 #server-recording")).isFalse();

        phone.pbxRecording(call, Optional.of(ServerRecording.ACTIVE));
        await(() -> shown(robot, "#call-panel-1 #server-recording-badge"));
        assertThat(text(robot, "#server-recording-badge")).isEqualTo("PBX REC");
        assertThat(node(robot, "#server-recording-badge").getAccessibleText()).isEqualTo("The PBX records this call");
        robot.clickOn("#server-recording-toggle");

        await(() -> pseudo(node(robot, "#server-recording-badge"), "paused"));
        assertThat(phone.commands).contains("pauseServerRecording " + call);
        robot.clickOn("#server-recording-toggle");
        await(() -> !pseudo(node(robot, "#server-recording-badge"), "paused"));
        assertThat(phone.commands).contains("resumeServerRecording " + call);

        phone.pbxRecording(call, Optional.of(new ServerRecording(false, true)));
        await(() -> pseudo(node(robot, "#server-recording-badge"), "pending"));
        assertThat(node(robot, "#server-recording-toggle").isDisabled()).isTrue();
    }

    @Test
    void aCallRingingWhileTheBarIsInTheBackgroundShowsTheToastWindow(FxRobot robot) {
        assertThat(ringingToast).isNotNull();
        background();
        CallId call = phone.ring(new Party("sip:5551234@pbx.example.com", "Alice Smith"));

        awaitToastInTheCorner();
        assertThat(ringingToast.isAlwaysOnTop()).isTrue();
        assertThat(text(robot, "#ringing-toast-caller")).isEqualTo("Alice Smith");
        robot.clickOn("#ringing-toast-answer");

        await(() -> phone.commands.contains("answer " + call));
        await(() -> !ringingToast.isShowing());
    }

    @Test
    void rejectInTheToastWindowRejects(FxRobot robot) {
        background();
        CallId call = phone.ring(new Party("sip:1002@pbx.example.com", ""));
        awaitToastInTheCorner();

        robot.clickOn("#ringing-toast-reject");

        await(() -> phone.commands.contains("reject " + call));
        await(() -> !ringingToast.isShowing());
    }

    @Test
    void noToastWindowWhileTheBarIsInFront(FxRobot robot) {
        await(stage::isFocused);
        phone.ring(new Party("sip:1002@pbx.example.com", ""));

        await(() -> exists(robot, "#incoming-panel"));
        assertThat(ringingToast.isShowing()).isFalse();
    }

    @Test
    void everyNewControlHasAnIdAnAccessibleTextAndATooltip(FxRobot robot) {
        await(() -> !node(robot, "#pause-ready-button").isDisabled());
        for (String id : new String[]{"#pause-ready-button", "#partial-ready-button", "#connected-timer",
                "#settings-button", "#bar-menu", "#auto-answer-badge", "#mic-toggle", "#speaker-toggle",
                "#ringtone-toggle"}) {
            Control c = node(robot, id);
            assertThat(c.getAccessibleText()).as(id).isNotBlank();
            assertThat(c.getTooltip()).as(id).isNotNull();
            assertThat(onFx(() -> c.getTooltip().getText())).as(id).isNotBlank();
        }
        assertThat(onFx(() -> ((Control) node(robot, "#pause-ready-button")).getTooltip().getText()))
                .endsWith("(Ctrl+Shift+P)");
        assertThat(onFx(() -> ((Control) node(robot, "#settings-button")).getTooltip().getText()))
                .isEqualTo("Settings (Ctrl+,)");
        clock.advance(Duration.ZERO);
    }

    /** Shown and placed: top right of the 1000 x 1000 headless screen (the default notification corner). */
    private void awaitToastInTheCorner() {
        await(() -> ringingToast.isShowing() && ringingToast.getY() == 16
                && Math.abs(ringingToast.getX() + ringingToast.getWidth() - 984) < 1);
    }

    /** The agent minimised the bar to work in the CRM. */
    private void background() {
        onFx(() -> {
            stage.setIconified(true);
            return null;
        });
        await(stage::isIconified);
    }

    private static Paint background(FxRobot robot, String query) {
        Region r = node(robot, query);
        return onFx(() -> r.getBackground() == null ? null : r.getBackground().getFills().getFirst().getFill());
    }

    private static boolean pseudo(Node n, String name) {
        return n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(name));
    }
}
