package io.agentbar.app.config;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;

import java.nio.file.Path;
import java.util.Optional;

/** Child process for {@link SettingsCrashTest}: saves settings in a loop until it is killed. */
public final class SettingsWriterProcess {
    private SettingsWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        SettingsFile file = new SettingsFile(Path.of(args[0]));
        for (int n = 1; ; n++) {
            file.save(new Settings(Optional.of(Account.of("user" + n, "pbx.example.com", 5060, Transport.UDP))));
            System.out.println("wrote " + n);
        }
    }
}
