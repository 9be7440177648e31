package io.agentbar.app;

import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.config.KeyringSecretStore;
import io.agentbar.app.config.PreferencesFile;
import io.agentbar.app.config.WindowStateFile;
import io.agentbar.app.settings.ChosenSoundDevices;
import io.agentbar.app.settings.PhonePreferences;
import io.agentbar.app.settings.SettingsAssembly;
import io.agentbar.app.config.Settings;
import io.agentbar.app.config.SettingsFile;
import io.agentbar.app.history.HistoryRecorder;
import io.agentbar.app.history.SqliteHistoryStore;
import io.agentbar.app.testline.TestLineAssembly;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.SecretStore;
import io.agentbar.core.account.Transport;
import io.agentbar.core.history.HistoryStore;
import io.agentbar.core.history.InMemoryHistoryStore;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.settings.PreferencesStore;
import io.agentbar.core.settings.PreferencesTarget;
import io.agentbar.ui.BarWindow;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.phone.PhoneEvents;
import io.agentbar.ui.settings.SettingsViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The desktop window. With an account in the settings file it registers that account (password from
 * the OS keychain, else asked for and not stored); without one it starts the built-in test line
 * and registers to it, so the first call works on a machine with no PBX. Ctrl+, (or the bar's settings
 * button) opens the settings; the window remembers its place, width, docking and always-on-top.
 */
public final class DesktopLauncher extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);
    private final ChosenSoundDevices devices = new ChosenSoundDevices();
    private Phone phone;
    private TestLineAssembly.Running testLine;
    private HistoryStore history;
    private DesktopRecordings recordings;

    static void launch(List<String> args) {
        Application.launch(DesktopLauncher.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        Settings settings = SettingsFile.standard().load();
        PhoneAssembly.Assembled assembled;
        try {
            assembled = openPhone(settings);
            phone = assembled.phone();
        } catch (IOException e) {
            LOG.error("cannot start the phone", e);
            new Alert(Alert.AlertType.ERROR, "AgentBar cannot start its phone: " + e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        stage.setTitle("AgentBar — " + phone.account().user() + "@" + phone.account().domain()
                + (testLine != null ? " (test line: call 600 echo, 601 tone)" : ""));
        history = openHistory(settings);
        // each call is recorded once when it ends; the store writes on its own thread, never the phone's
        phone.subscribe(new HistoryRecorder(history, Clock.systemUTC()));
        // saved preferences (auto answer, devices, ringtone) take effect before the first registration
        PreferencesStore preferences = PreferencesFile.standard();
        PreferencesTarget target = new PhonePreferences(phone, Optional.of(devices));
        target.apply(preferences.load());
        BarWindow bar = BarWindow.build(PhoneControls.of(phone), PhoneEvents.of(phone), Clock.systemDefaultZone(),
                history);
        SettingsViewModel settingsViewModel =
                SettingsAssembly.viewModel(phone, preferences, target, FxBridge.onFxThread().executor());
        // the badge, the settings button, the theme and the toast corner follow the saved preferences
        bar.useSettings(settingsViewModel);
        bar.place(stage, WindowStateFile.standard());
        recordings = DesktopRecordings.install(bar, assembled, new PhoneAssembly.Devices.JavaSound(devices),
                getHostServices());
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

    /** The call history file; when it cannot be opened, calls are remembered until the window closes. */
    private static HistoryStore openHistory(Settings settings) {
        try {
            SqliteHistoryStore store = SqliteHistoryStore.open(SqliteHistoryStore.standardFile(), Clock.systemUTC());
            store.keepFor(settings.historyRetention());
            return store;
        } catch (IOException | RuntimeException e) {
            LOG.warn("call history unavailable, keeping this session's calls in memory only: {}", e.getMessage());
            return new InMemoryHistoryStore();
        }
    }

    private PhoneAssembly.Assembled openPhone(Settings settings) throws IOException {
        if (settings.account().isPresent()) {
            Account account = settings.account().get();
            SecretStore secrets = new KeyringSecretStore();
            String key = account.authUser() + "@" + account.domain();
            Secret password = secrets.load(key).or(() -> PasswordPrompt.ask(account).map(p -> {
                secrets.save(key, p);
                return p;
            })).orElse(Secret.of(""));
            PhoneAssembly.Assembled assembled =
                    PhoneAssembly.assemble(PhoneAssembly.Options.desktop(new AccountOptions(account, password, "", 0), devices));
            assembled.phone().configureAgent(settings.agent());
            return assembled;
        }
        testLine = TestLineAssembly.start(0);
        Account agent = Account.of("agent", "127.0.0.1", testLine.port(), Transport.UDP).withDisplayName("Agent");
        PhoneAssembly.Assembled assembled = PhoneAssembly.assemble(PhoneAssembly.Options.desktop(
                new AccountOptions(agent, Secret.of(""), "127.0.0.1", 0), devices));
        // pause and ready work on the test line too; it takes no presence, which is reported once
        assembled.phone().configureAgent(settings.agent());
        return assembled;
    }

    @Override
    public void stop() {
        Optional.ofNullable(recordings).ifPresent(DesktopRecordings::close);
        // unregister and hang up off the FX thread, bounded, so closing the window never hangs
        if (phone != null) {
            phone.shutdown(Duration.ofSeconds(3));
        }
        // after the phone: the calls it hung up on the way out are recorded before the file closes
        Optional.ofNullable(history).ifPresent(HistoryStore::close);
        Optional.ofNullable(testLine).ifPresent(TestLineAssembly.Running::close);
    }
}
