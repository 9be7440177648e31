package io.agentbar.ui.recordings;

import io.agentbar.ui.UiTestSupport;
import io.agentbar.ui.phone.FxBridge;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the recordings window, one recording playing and one cut short, to
 * {@code ui/target/screenshots/recordings-light.png} and {@code docs/screenshots/recordings-light.png}.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingsScreenshotUiTest {
    private static final Path DIR = Path.of(System.getProperty("agentbar.screenshots", "target/screenshots"));
    private static final Path DOCS = Path.of("..", "docs");
    private final FakePlayer player = new FakePlayer();
    private Stage owner;
    private RecordingsViewModel vm;

    @Start
    void start(Stage stage) {
        owner = stage;
        vm = new RecordingsViewModel(() -> Recordings.ALL, player, FxBridge.onFxThread(), Runnable::run,
                ZoneOffset.UTC, Optional.of(() -> { }));
        stage.setScene(new Scene(new StackPane(new Label("bar")), 300, 60));
        stage.show();
    }

    @Test
    void recordingsInBothThemes(FxRobot robot) throws IOException {
        Stage window = onFx(() -> RecordingsWindow.open(owner, vm));
        await(() -> exists(robot, "#recording-title-3"));
        robot.clickOn("#recording-play-1");
        await(() -> node(robot, "#recording-row-1").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("playing")));
        robot.moveTo((Node) node(robot, "#recordings-summary")); // no hover highlight on a row

        io.agentbar.ui.ThemedShots.shoot(window::getScene, "recordings");
    }
}
