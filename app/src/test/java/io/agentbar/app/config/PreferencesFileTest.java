package io.agentbar.app.config;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.ThemeMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesFileTest {
    @TempDir
    Path dir;

    private Path path() {
        return dir.resolve("agentbar/settings.properties");
    }

    @Test
    void preferencesSurviveARoundTrip() throws Exception {
        Preferences p = new Preferences(true, 20, false, 0.35, "USB Headset ", "USB Headset Mic",
                "Built-in Audio", false, NotificationPosition.BOTTOM_LEFT, ThemeMode.DARK);
        new PreferencesFile(path()).save(p);

        assertThat(new PreferencesFile(path()).load()).isEqualTo(p);
        assertThat(Files.readString(path())).contains("preferences.autoAnswer=true", "preferences.autoAnswerDelay=20",
                "preferences.notificationPosition=bottom-left");
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(new PreferencesFile(path()).load()).isEqualTo(Preferences.defaults());
    }

    @Test
    void eachBrokenValueFallsBackAloneAndTheRestIsKept() throws Exception {
        Files.createDirectories(path().getParent());
        Files.writeString(path(), """
                preferences.autoAnswer=yes
                preferences.autoAnswerDelay=9000
                preferences.ringtone=false
                preferences.ringtoneVolume=loud
                preferences.speaker=USB Headset
                preferences.notificationPosition=middle
                preferences.theme=dark
                """, StandardCharsets.UTF_8);

        Preferences p = new PreferencesFile(path()).load();

        Preferences d = Preferences.defaults();
        assertThat(p.autoAnswer()).isEqualTo(d.autoAnswer());
        assertThat(p.autoAnswerDelaySeconds()).isEqualTo(d.autoAnswerDelaySeconds());
        assertThat(p.ringtoneVolume()).isEqualTo(d.ringtoneVolume());
        assertThat(p.notificationPosition()).isEqualTo(NotificationPosition.TOP_RIGHT);
        assertThat(p.ringtoneEnabled()).isFalse();
        assertThat(p.speaker()).isEqualTo("USB Headset");
        assertThat(p.theme()).isEqualTo(ThemeMode.DARK);
    }

    @Test
    void savingPreferencesKeepsTheAccountAndSavingTheAccountKeepsPreferences() throws Exception {
        SettingsFile settings = new SettingsFile(path());
        PreferencesFile preferences = new PreferencesFile(path());
        Account account = Account.of("1001", "pbx.example.com", 5060, Transport.TLS);
        Preferences p = Preferences.defaults().withAutoAnswer(true, 3);

        settings.save(new Settings(Optional.of(account)));
        preferences.save(p);
        assertThat(settings.load().account()).contains(account);

        settings.save(new Settings(Optional.of(account.withDisplayName("Alice"))));
        assertThat(preferences.load()).isEqualTo(p);
        assertThat(settings.load().account().orElseThrow().displayName()).isEqualTo("Alice");
    }

    @Test
    void aSaveLeavesNoTemporaryFilesBehind() throws Exception {
        PreferencesFile file = new PreferencesFile(path());
        file.save(Preferences.defaults());
        file.save(Preferences.defaults().withAutoAnswer(true, 1));
        try (var files = Files.list(path().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("settings.properties");
        }
    }
}
