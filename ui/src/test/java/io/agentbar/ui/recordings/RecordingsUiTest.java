package io.agentbar.ui.recordings;

import io.agentbar.core.recording.RecordingCatalog;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.ZoneOffset;
import java.util.Optional;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.onFx;
import static io.agentbar.ui.UiTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The recordings window on the headless platform, opened from its shortcut, with a fake catalog and player. */
@ExtendWith(ApplicationExtension.class)
class RecordingsUiTest {
    private final FakePlayer player = new FakePlayer();
    private final RecordingCatalog catalog = () -> Recordings.ALL;
    private RecordingsViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new RecordingsViewModel(catalog, player, FxBridge.onFxThread(), Runnable::run, ZoneOffset.UTC,
                Optional.empty());
        Scene bar = new Scene(new StackPane(new Label("bar")), 300, 60);
        Theme.applyTo(bar);
        RecordingsWindow.installShortcut(bar, vm);
        stage.setScene(bar);
        stage.show();
    }

    private void openWithShortcut(FxRobot robot) {
        robot.clickOn("bar").press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        await(() -> exists(robot, "#recording-title-3"));
    }

    @Test
    void theShortcutOpensTheListNewestFirstWithTheCutOneMarked(FxRobot robot) {
        openWithShortcut(robot);

        assertThat(text(robot, "#recording-title-1")).isEqualTo("Reclamo fattura");
        assertThat(text(robot, "#recording-title-2")).isEqualTo("Call with 0551234567");
        assertThat(text(robot, "#recording-length-3")).isEqualTo("1:02:05");
        assertThat(node(robot, "#recording-cut-2").isVisible()).isTrue();
        assertThat(node(robot, "#recording-cut-1").isVisible()).isFalse();
        assertThat(text(robot, "#recordings-summary")).isEqualTo("3 recordings");
        assertThat(node(robot, "#recordings-search").isFocused()).as("typing goes to the search").isTrue();
    }

    @Test
    void typingInTheSearchFiltersAsYouType(FxRobot robot) {
        openWithShortcut(robot);

        robot.clickOn("#recordings-search").write("bob");

        await(() -> !exists(robot, "#recording-title-2") && "Cambio indirizzo".equals(text(robot, "#recording-title-1")));
        assertThat(text(robot, "#recordings-summary")).isEqualTo("1 match of 3");

        robot.write("xyz");
        await(() -> !exists(robot, "#recording-title-1"));
        assertThat(text(robot, "#recordings-empty")).isEqualTo("No recording matches “bobxyz”");
    }

    @Test
    void playCallsThePlayerAndTheRowShowsItIsPlaying(FxRobot robot) {
        openWithShortcut(robot);

        robot.clickOn("#recording-play-2");

        await(() -> player.commands.contains("play 20250314-093000-0551234567-1.opus"));
        await(() -> playing(node(robot, "#recording-row-2")));
        assertThat(playing(node(robot, "#recording-row-1"))).isFalse();
        assertThat(((Button) node(robot, "#recording-play-2")).getTooltip().getText()).isEqualTo("Stop playing");

        robot.clickOn("#recording-play-2");

        await(() -> player.commands.contains("stop") && !playing(node(robot, "#recording-row-2")));
        assertThat(((Button) node(robot, "#recording-play-2")).getTooltip().getText())
                .isEqualTo("Play Call with 0551234567");
    }

    @Test
    void closingTheWindowStopsPlayback(FxRobot robot) {
        openWithShortcut(robot);
        robot.clickOn("#recording-play-1");
        await(() -> playing(node(robot, "#recording-row-1")));

        onFx(() -> {
            Window w = node(robot, "#recordings-list").getScene().getWindow();
            w.hide();
            return null;
        });

        await(() -> player.commands.getLast().equals("stop"));
    }

    private static boolean playing(Node row) {
        return row.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("playing"));
    }
}
