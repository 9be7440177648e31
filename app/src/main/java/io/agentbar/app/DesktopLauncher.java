package io.agentbar.app;

import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.config.KeyringSecretStore;
import io.agentbar.app.config.Settings;
import io.agentbar.app.config.SettingsFile;
import io.agentbar.app.testline.TestLineAssembly;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.SecretStore;
import io.agentbar.core.account.Transport;
import io.agentbar.core.phone.Phone;
import io.agentbar.ui.BarScene;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.phone.PhoneEvents;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The desktop window. With an account in the settings file it registers that account (password from
 * the OS keychain, else asked for and not stored); without one it starts the built-in test line
 * and registers to it, so the first call works on a machine with no PBX.
 */
public final class DesktopLauncher extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);
    private Phone phone;
    private TestLineAssembly.Running testLine;

    static void launch(List<String> args) {
        Application.launch(DesktopLauncher.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        try {
            phone = openPhone();
        } catch (IOException e) {
            LOG.error("cannot start the phone", e);
            new Alert(Alert.AlertType.ERROR, "AgentBar cannot start its phone: " + e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        stage.setTitle("AgentBar — " + phone.account().user() + "@" + phone.account().domain()
                + (testLine != null ? " (test line: call 600 echo, 601 tone)" : ""));
        stage.setScene(BarScene.create(PhoneControls.of(phone), PhoneEvents.of(phone)));
        stage.show();
        if (Boolean.getBoolean("agentbar.reportFirstFrame")) {
            FirstFrameReport.after(stage.getScene());
        }
        try {
            phone.start();
            phone.register();
        } catch (IOException e) {
            LOG.error("cannot open the SIP port", e);
            new Alert(Alert.AlertType.ERROR, "AgentBar cannot open its SIP port: " + e.getMessage()).showAndWait();
        }
    }

    private Phone openPhone() throws IOException {
        Settings settings = SettingsFile.standard().load();
        if (settings.account().isPresent()) {
            Account account = settings.account().get();
            SecretStore secrets = new KeyringSecretStore();
            String key = account.authUser() + "@" + account.domain();
            Secret password = secrets.load(key).or(() -> PasswordPrompt.ask(account).map(p -> {
                secrets.save(key, p);
                return p;
            })).orElse(Secret.of(""));
            Phone configured = PhoneAssembly.headless(PhoneAssembly.Options.desktop(new AccountOptions(account, password, "", 0)));
            configured.configureAgent(settings.agent());
            return configured;
        }
        testLine = TestLineAssembly.start(0);
        Account agent = Account.of("agent", "127.0.0.1", testLine.port(), Transport.UDP).withDisplayName("Agent");
        return PhoneAssembly.headless(PhoneAssembly.Options.desktop(
                new AccountOptions(agent, Secret.of(""), "127.0.0.1", 0)));
    }

    @Override
    public void stop() {
        // unregister and hang up off the FX thread, bounded, so closing the window never hangs
        if (phone != null) {
            phone.shutdown(Duration.ofSeconds(3));
        }
        Optional.ofNullable(testLine).ifPresent(TestLineAssembly.Running::close);
    }
}
