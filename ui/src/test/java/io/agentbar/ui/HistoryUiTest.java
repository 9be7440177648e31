package io.agentbar.ui;

import io.agentbar.core.call.Direction;
import io.agentbar.core.history.InMemoryHistoryStore;
import io.agentbar.core.history.Outcome;
import io.agentbar.ui.bar.HistorySuggestions;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.List;

import static io.agentbar.ui.UiTestSupport.await;
import static io.agentbar.ui.UiTestSupport.exists;
import static io.agentbar.ui.UiTestSupport.node;
import static io.agentbar.ui.UiTestSupport.text;
import static io.agentbar.ui.bar.HistoryCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

/** The number field's history drop-down in the real window: typed digits filter it, a pick fills the field. */
@ExtendWith(ApplicationExtension.class)
class HistoryUiTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.threaded(clock);
    private final InMemoryHistoryStore history = new InMemoryHistoryStore();

    @Start
    void start(Stage stage) {
        history.record(call("a", "1001", "Alice", clock.instant().minus(Duration.ofHours(3)), Direction.OUTGOING, Outcome.ANSWERED));
        history.record(call("b", "2000", "Bob", clock.instant().minus(Duration.ofHours(2)), Direction.INCOMING, Outcome.MISSED));
        history.record(call("c", "+39 02 1002", "", clock.instant().minus(Duration.ofHours(1)), Direction.INCOMING, Outcome.ANSWERED));
        stage.setScene(BarScene.create(phone, phone, clock, history));
        stage.show();
    }

    @AfterEach
    void stop() {
        phone.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNumbers(FxRobot robot) {
        ListView<HistorySuggestions.Item> list = node(robot, "#history-suggestions");
        return list.getItems().stream().map(HistorySuggestions.Item::number).toList();
    }

    private static boolean showing(FxRobot robot) {
        return exists(robot, "#history-suggestions") && node(robot, "#history-suggestions").getScene().getWindow().isShowing();
    }

    @Test
    void typingDigitsShowsOnlyTheMatchingCalls(FxRobot robot) {
        robot.clickOn("#number-field").write("100");

        await(() -> showing(robot) && shownNumbers(robot).equals(List.of("+39 02 1002", "1001")));
        assertThat(text(robot, "#number-field")).as("typing went on in the field while the list was open").isEqualTo("100");
        assertThat(robot.lookup(".history-number").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("1001", "+39 02 1002").doesNotContain("2000");
    }

    @Test
    void clickingASuggestionFillsTheFieldAndEnterDialsIt(FxRobot robot) {
        robot.clickOn("#number-field").write("100");
        await(() -> showing(robot) && shownNumbers(robot).size() == 2);

        robot.clickOn(robot.lookup(".history-number").match((javafx.scene.control.Label l) -> "1001".equals(l.getText()))
                .<javafx.scene.control.Label>query());

        await(() -> "1001".equals(text(robot, "#number-field")) && !showing(robot));
        robot.type(KeyCode.ENTER);
        await(() -> phone.commands.contains("dial 1001"));
    }

    @Test
    void downAndEnterPickWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#number-field").write("100");
        await(() -> showing(robot) && shownNumbers(robot).size() == 2);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        await(() -> "+39 02 1002".equals(text(robot, "#number-field")) && !showing(robot));
        assertThat(phone.commands).noneMatch(c -> c.startsWith("dial"));
    }

    @Test
    void escapeClosesTheListAndKeepsTheText(FxRobot robot) {
        robot.clickOn("#number-field").write("200");
        await(() -> showing(robot));

        robot.type(KeyCode.ESCAPE);

        await(() -> !showing(robot));
        assertThat(text(robot, "#number-field")).isEqualTo("200");
    }
}
