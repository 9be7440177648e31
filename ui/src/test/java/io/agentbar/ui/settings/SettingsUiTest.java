package io.agentbar.ui.settings;

import io.agentbar.core.settings.Preferences;
import io.agentbar.ui.phone.FxBridge;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings dialog on the headless platform, driven by node ids, with fake ports behind it. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    private final SettingsFakes.Store store = new SettingsFakes.Store(Preferences.defaults());
    private final SettingsFakes.Target target = new SettingsFakes.Target();
    private final SettingsFakes.Checks checks = new SettingsFakes.Checks(SettingsFakes.oneFailing());
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicInteger closed = new AtomicInteger();
    private SettingsViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new SettingsViewModel(SettingsFakes.PROFILE, new SettingsPorts(store, target,
                new SettingsFakes.Devices(List.of("Speakers", "USB Headset"), List.of("USB Headset")), checks),
                background, FxBridge.onFxThread().executor());
        stage.setScene(SettingsDialog.scene(vm, closed::incrementAndGet));
        vm.open();
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void profileShowsTheAccountAndRuntimeReadOnly(FxRobot robot) {
        robot.clickOn("#settings-tab-profile");
        await(() -> node(robot, "#settings-full-name").isVisible());
        assertThat(text(robot, "#settings-full-name")).isEqualTo("Alice Smith");
        assertThat(text(robot, "#settings-internal-number")).isEqualTo("1001");
        assertThat(text(robot, "#settings-client")).isEqualTo("AgentBar 1.0 on Java 25.0.1+8, Linux 6.8");
        assertThat(robot.lookup("#settings-profile").queryAll()).hasSize(1);
        assertThat(robot.lookup("#settings-profile .text-field").tryQuery()).as("nothing to edit").isEmpty();
    }

    @Test
    void turningOnAutoAnswerAndSavingReachesTheStoreAndThePhone(FxRobot robot) {
        robot.clickOn("#settings-tab-services");
        await(() -> node(robot, "#settings-auto-answer").isVisible());
        assertThat(node(robot, "#settings-auto-answer-delay").isDisabled()).as("no delay while off").isTrue();

        robot.clickOn("#settings-auto-answer");
        await(() -> !node(robot, "#settings-auto-answer-delay").isDisabled());
        robot.doubleClickOn("#settings-auto-answer-delay").eraseText(2).write("20");
        robot.clickOn("#settings-save");

        await(() -> store.saves.size() == 1);
        assertThat(store.stored.autoAnswerAfter()).contains(java.time.Duration.ofSeconds(20));
        assertThat(target.applied).containsExactly(store.stored);
        assertThat(closed).hasValue(1);
        assertThat(vm.autoAnswerOn().get()).isTrue();
    }

    @Test
    void anInvalidDelayShowsTheErrorAndSavesNothing(FxRobot robot) {
        robot.clickOn("#settings-tab-services");
        robot.clickOn("#settings-auto-answer");
        robot.doubleClickOn("#settings-auto-answer-delay").eraseText(2).write("900");

        await(() -> node(robot, "#settings-auto-answer-delay-error").isVisible());
        assertThat(text(robot, "#settings-auto-answer-delay-error")).contains("0 to 600");
        assertThat(node(robot, "#settings-auto-answer-delay").getPseudoClassStates().toString()).contains("invalid");
        robot.clickOn("#settings-save");

        await(() -> !text(robot, "#settings-save-error").isEmpty());
        assertThat(store.saves).isEmpty();
        assertThat(closed).hasValue(0);
    }

    @Test
    void cancelClosesWithoutSaving(FxRobot robot) {
        robot.clickOn("#settings-tab-services");
        robot.clickOn("#settings-auto-answer");
        robot.clickOn("#settings-cancel");

        await(() -> closed.get() == 1);
        assertThat(store.saves).isEmpty();
        assertThat(vm.services().autoAnswer().get()).isFalse();
    }

    @Test
    void audioListsDevicesAndTheHeadsetSection(FxRobot robot) {
        robot.clickOn("#settings-tab-audio");
        await(() -> ((ComboBox<?>) node(robot, "#settings-speaker")).getItems().size() == 3);
        assertThat(List.copyOf(((ComboBox<?>) node(robot, "#settings-microphone")).getItems())).isEqualTo(List.of("", "USB Headset"));
        assertThat(node(robot, "#settings-ringtone-volume").isVisible()).isTrue();
        assertThat(text(robot, "#settings-ringtone-volume-text")).isEqualTo("70 %");
        assertThat(node(robot, "#settings-headset").isVisible()).isTrue();

        robot.clickOn("#settings-speaker").clickOn("USB Headset");
        robot.clickOn("#settings-save");
        await(() -> store.saves.size() == 1);
        assertThat(store.stored.speaker()).isEqualTo("USB Headset");
    }

    @Test
    void requirementsShowEachCheckPassedOrFailed(FxRobot robot) {
        robot.clickOn("#settings-tab-requirements");
        await(() -> robot.lookup("#settings-check-codec").tryQuery().isPresent());
        assertThat(pseudo(node(robot, "#settings-check-devices"))).contains("passed");
        assertThat(pseudo(node(robot, "#settings-check-registration"))).contains("failed");
        assertThat(text(robot, "#settings-requirements-summary")).startsWith("1 of 4 requirements failed");

        robot.clickOn("#settings-check-again");
        await(() -> checks.runs.get() == 2 && !node(robot, "#settings-check-again").isDisabled());
    }

    @Test
    void escapeCancels(FxRobot robot) {
        robot.clickOn("#settings-tab-services");
        robot.clickOn("#settings-auto-answer");
        robot.type(KeyCode.ESCAPE);
        await(() -> closed.get() == 1);
        assertThat(store.saves).isEmpty();
    }

    @Test
    void ctrlCommaOpensTheDialogOverAWindow(FxRobot robot) {
        Stage bar = onFx(() -> {
            Stage s = new Stage();
            Scene scene = new Scene(new StackPane(), 300, 60);
            SettingsDialog.bindShortcut(scene, vm);
            s.setScene(scene);
            s.show();
            s.requestFocus();
            return s;
        });
        int before = onFx(() -> Window.getWindows().size());
        robot.targetWindow(bar).clickOn(bar.getScene().getRoot()).push(KeyCode.SHORTCUT, KeyCode.COMMA);
        await(() -> Window.getWindows().size() == before + 1);
        Window dialog = onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && st.getOwner() == bar).findFirst().orElseThrow());
        assertThat(((TabPane) dialog.getScene().lookup("#settings-tabs")).getTabs()).hasSize(4);
        onFx(() -> {
            ((Stage) dialog).close();
            bar.close();
            return null;
        });
    }

    @Test
    void theBadgeShowsOnlyWhileAutoAnswerIsSavedOn(FxRobot robot) {
        AutoAnswerBadge badge = onFx(() -> new AutoAnswerBadge(vm));
        assertThat(badge.isVisible()).isFalse();
        onFx(() -> {
            vm.services().autoAnswer().set(true);
            return vm.save();
        });
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getTooltip().getText()).contains("5 s");
    }

    private static String pseudo(Node n) {
        return n.getPseudoClassStates().toString();
    }
}
