package io.agentbar.app.config;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void accountSurvivesARoundTripWithoutItsPassword() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("agentbar/settings.properties"));
        Account account = new Account("1001", "pbx.example.com", "10.0.0.5", 5080, Transport.WSS, "agent1001",
                "Alice", Duration.ofSeconds(300), io.agentbar.core.media.MediaProfile.WEBRTC, false, "/sip");
        file.save(new Settings(Optional.of(account)));
        assertThat(file.load().account()).contains(account);
        assertThat(Files.readString(file.path())).doesNotContainIgnoringCase("password");
    }

    @Test
    void missingFileMeansNoAccount() {
        assertThat(new SettingsFile(dir.resolve("none.properties")).load()).isEqualTo(Settings.empty());
    }

    @Test
    void unreadableFileIsSetAsideNotLost() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.writeString(path, "account.user=1001\naccount.server=pbx\naccount.port=banana\n", StandardCharsets.UTF_8);
        SettingsFile file = new SettingsFile(path);
        assertThat(file.load()).isEqualTo(Settings.empty());
        assertThat(dir.resolve("settings.properties.corrupt")).exists()
                .content().contains("account.port=banana");
    }

    @Test
    void aWriteLeavesNoTemporaryFilesBehind() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        file.save(Settings.empty());
        file.save(new Settings(Optional.of(Account.of("1001", "pbx", 5060, Transport.UDP))));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void historyRetentionDefaultsToNinetyDaysAndSurvivesARoundTrip() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        assertThat(file.load().historyRetention()).isEqualTo(Duration.ofDays(90));

        file.save(Settings.empty().withHistoryRetention(Duration.ofDays(30)));

        assertThat(Files.readString(file.path())).contains("history.retentionDays=30");
        assertThat(file.load().historyRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aBadRetentionFallsBackToTheDefaultAndKeepsTheAccount() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        file.save(new Settings(Optional.of(Account.of("1001", "pbx", 5060, Transport.UDP)), Duration.ofDays(30)));
        Files.writeString(file.path(), Files.readString(file.path()).replace("history.retentionDays=30", "history.retentionDays=0"));

        Settings loaded = file.load();

        assertThat(loaded.historyRetention()).isEqualTo(Settings.DEFAULT_HISTORY_RETENTION);
        assertThat(loaded.account()).isPresent();
        assertThat(dir.resolve("settings.properties.corrupt")).doesNotExist();
    }
}
