package io.agentbar.app.ui;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.testline.TestLineAssembly;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.phone.Phone;
import io.agentbar.ui.BarScene;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.phone.PhoneEvents;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
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
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;


/**
 * The real window, the real phone and the built-in test line, all in this JVM: the agent types
 * 600, presses Enter, the echo line answers, audio flows, and the agent hangs up.
 */
@ExtendWith(ApplicationExtension.class)
class TestLineCallUiTest {
    private TestLineAssembly.Running testLine;
    private Phone phone;

    @Start
    void start(Stage stage) throws Exception {
        testLine = TestLineAssembly.start(0);
        Account agent = Account.of("agent", "127.0.0.1", testLine.port(), Transport.UDP);
        phone = PhoneAssembly.headless(PhoneAssembly.Options.silent(new AccountOptions(agent, Secret.of(""), "127.0.0.1", 0)));
        stage.setScene(BarScene.create(PhoneControls.of(phone), PhoneEvents.of(phone)));
        stage.show();
        phone.start();
        phone.register();
    }

    @AfterEach
    void stop() {
        phone.shutdown(Duration.ofSeconds(3));
        testLine.close();
    }

    @Test
    void agentCallsTheEchoLineFromTheWindow(FxRobot robot) throws Exception {
        await(() -> fill(robot, "#registration-light").equals(Color.web("#16a34a")));
        robot.clickOn("#number-field").write("600").type(KeyCode.ENTER);
        await(() -> exists(robot, "#call-panel-1") && "Connected".equals(text(robot, "#call-panel-1 #call-state")));
        // the echo line sends our audio back: the panel leaves "connecting audio…" once RTP arrives
        await(() -> {
            String media = text(robot, "#call-panel-1 #call-media");
            return !media.isEmpty() && !media.contains("connecting") && !media.contains("no audio");
        });
        robot.clickOn("#call-panel-1 #hangup-button");
        await(() -> !exists(robot, "#call-panel-1") || text(robot, "#call-panel-1 #call-state").startsWith("Ended"));
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static Optional<Node> lookup(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery();
    }

    private static boolean exists(FxRobot robot, String query) {
        return lookup(robot, query).isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return lookup(robot, query).map(n -> n instanceof Labeled l ? l.getText()
                : n instanceof TextInputControl t ? t.getText() : "").orElse("");
    }

    private static Color fill(FxRobot robot, String query) {
        return lookup(robot, query).map(n -> (Color) ((Circle) n).getFill()).orElse(Color.TRANSPARENT);
    }
}
