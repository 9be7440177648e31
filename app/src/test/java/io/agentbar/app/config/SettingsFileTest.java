package io.agentbar.app.config;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.account.Transport;
import io.agentbar.core.dialplan.DialRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordingRules")
    void theServerRecordingRuleSurvivesARoundTrip(ServerRecordingRule rule) throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        Account account = Account.of("1001", "pbx", 5060, Transport.UDP).withServerRecording(rule);
        file.save(new Settings(Optional.of(account)));
        assertThat(file.load().account().map(Account::serverRecording)).contains(rule);
    }

    static Stream<ServerRecordingRule> recordingRules() {
        return Stream.of(ServerRecordingRule.DEFAULT,
                ServerRecordingRule.DEFAULT.withHeader("X-Mixmon", List.of("active", "recording"))
                        .withControl(new ServerRecordingRule.Control.FeatureCode("*3", "*3")),
                ServerRecordingRule.DEFAULT.withControl(new ServerRecordingRule.Control.FeatureCode("*1", "#2")),
                ServerRecordingRule.DEFAULT.withControl(
                        new ServerRecordingRule.Control.Info("application/x-record", "pause", "resume")));
    }

    @Test
    void dialRulesAndDirectCallsSurviveARoundTrip() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        DialRules rules = DialRules.defaults().withBlocked(DialRules.TOLL_FRAUD_PREFIXES).withAllowed(List.of("+44207"))
                .withInternational(false).withInternationalPrefix("011").withCallsPerMinute(4).withMaxConcurrentCalls(3);
        Account account = Account.of("1001", "pbx", 5060, Transport.UDP).withDialRules(rules).withProxyOnly(false);
        file.save(new Settings(Optional.of(account)));
        assertThat(file.load().account()).contains(account);
        Path old = dir.resolve("old.properties");
        Files.writeString(old, "account.user=1001\naccount.server=pbx\n");
        Account before = new SettingsFile(old).load().account().orElseThrow();
        assertThat(before.dialRules()).as("a file from before the keys").isEqualTo(DialRules.defaults());
        assertThat(before.proxyOnly()).isTrue();
    }

    @Test
    void aBrokenDialRuleIsSetAsideNotLost() throws Exception {
        Path path = dir.resolve("broken.properties");
        Files.writeString(path, "account.user=1001\naccount.server=pbx\ndialplan.callsPerMinute=lots\n");
        assertThat(new SettingsFile(path).load().account()).as("unusable: the bar offers the test line").isEmpty();
        assertThat(dir.resolve("broken.properties.corrupt")).exists().content().contains("dialplan.callsPerMinute=lots");
    }

    @Test
    void aFileWithoutRecordingKeysGetsTheDefaultRule() throws Exception {
        Path path = dir.resolve("old.properties");
        Files.writeString(path, "account.user=1001\naccount.server=pbx\n");
        assertThat(new SettingsFile(path).load().account().map(Account::serverRecording))
                .contains(ServerRecordingRule.DEFAULT);
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
