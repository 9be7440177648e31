package io.agentbar.ui.settings;

import io.agentbar.core.settings.Preferences;
import io.agentbar.ui.ThemedShots;
import io.agentbar.ui.UiTestSupport;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders each settings tab (light theme) to {@code ui/target/screenshots/settings-<tab>-light.png}
 * and, when run inside the repository, to {@code docs/screenshots/} for the user guide.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenshotUiTest {
    private static final Path DIR = Path.of(System.getProperty("agentbar.screenshots", "target/screenshots"));
    private static final Path DOCS = Path.of("..", "docs");

    private final SettingsFakes.Store store = new SettingsFakes.Store(Preferences.defaults()
            .withAutoAnswer(true, 20).withDevices("USB Headset", "USB Headset", "Jabra Evolve2 65"));
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private SettingsViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new SettingsViewModel(SettingsFakes.PROFILE, new SettingsPorts(store, new SettingsFakes.Target(),
                new SettingsFakes.Devices(List.of("Built-in Audio Analog Stereo", "USB Headset"),
                        List.of("Built-in Audio Analog Stereo", "USB Headset")),
                new SettingsFakes.Checks(SettingsFakes.oneFailing())),
                background, FxBridge.onFxThread().executor());
        stage.setTitle("Settings");
        stage.setScene(SettingsDialog.scene(vm, () -> { }));
        vm.open();
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void profile(FxRobot robot) throws IOException {
        shoot(robot, 0, "profile");
    }

    @Test
    void services(FxRobot robot) throws IOException {
        shoot(robot, 1, "services");
    }

    @Test
    void servicesWithAnInvalidDelay(FxRobot robot) throws IOException {
        onFx(() -> {
            vm.services().delayText().set("900");
            return vm.save();
        });
        shoot(robot, 1, "services-invalid");
    }

    @Test
    void audio(FxRobot robot) throws IOException {
        await(() -> vm.audio().speakers().size() == 4);
        shoot(robot, 2, "audio");
        // the device list arrives after the saved choices: they must survive it, in the view too
        assertThat(onFx(() -> ((ComboBox<?>) node(robot, "#settings-speaker")).getValue())).isEqualTo("USB Headset");
        assertThat(onFx(() -> ((ComboBox<?>) node(robot, "#settings-ringtone-device")).getValue()))
                .isEqualTo("Jabra Evolve2 65");
        assertThat(vm.saved().speaker()).isEqualTo("USB Headset");
        assertThat(vm.audio().speaker().get()).isEqualTo("USB Headset");
    }

    @Test
    void requirements(FxRobot robot) throws IOException {
        await(() -> robot.lookup("#settings-check-codec").tryQuery().isPresent());
        shoot(robot, 3, "requirements");
    }

    @Test
    void autoAnswerBadge() throws IOException {
        Scene badge = onFx(() -> {
            HBox row = new HBox(new AutoAnswerBadge(vm));
            row.setStyle("-fx-padding: 12; -fx-background-color: -ab-surface;");
            Scene scene = new Scene(row);
            Theme.applyTo(scene);
            return scene;
        });
        ThemedShots.shoot(() -> badge, "settings-badge");
    }

    private void shoot(FxRobot robot, int tab, String name) throws IOException {
        onFx(() -> {
            ((TabPane) node(robot, "#settings-tabs")).getSelectionModel().select(tab);
            return null;
        });
        ThemedShots.shoot(stage::getScene, "settings-" + name);
    }

}
