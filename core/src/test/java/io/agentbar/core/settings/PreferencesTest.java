package io.agentbar.core.settings;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferencesTest {
    @Test
    void defaultsRingWithoutAutoAnswerAndToastTopRight() {
        Preferences p = Preferences.defaults();
        assertThat(p.autoAnswer()).isFalse();
        assertThat(p.autoAnswerAfter()).isEmpty();
        assertThat(p.ringtoneEnabled()).isTrue();
        assertThat(p.notificationPosition()).isEqualTo(NotificationPosition.TOP_RIGHT);
        assertThat(p.theme()).isEqualTo(ThemeMode.LIGHT);
        assertThat(p.speaker()).isEmpty();
    }

    @Test
    void autoAnswerOnGivesThePhoneItsDelay() {
        Preferences p = Preferences.defaults().withAutoAnswer(true, 20);
        assertThat(p.autoAnswerAfter()).isEqualTo(Optional.of(Duration.ofSeconds(20)));
        assertThat(p.withAutoAnswer(false, 20).autoAnswerAfter()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 600})
    void delaysUpToTenMinutesAreValid(int seconds) {
        assertThat(Preferences.defaults().withAutoAnswer(true, seconds).autoAnswerDelaySeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 601, Integer.MAX_VALUE})
    void delaysOutOfRangeAreRefused(int seconds) {
        assertThatThrownBy(() -> Preferences.defaults().withAutoAnswer(true, seconds))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("600");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.01, Double.NaN})
    void volumesOutsideZeroToOneAreRefused(double volume) {
        assertThatThrownBy(() -> Preferences.defaults().withRingtone(true, volume))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void witherChangesOnlyItsOwnFields() {
        Preferences p = Preferences.defaults().withAutoAnswer(true, 9)
                .withDevices("USB Headset", "USB Mic", "Speakers")
                .withNotifications(false, NotificationPosition.BOTTOM_LEFT)
                .withRingtone(false, 0.25).withTheme(ThemeMode.DARK);
        assertThat(p).isEqualTo(new Preferences(true, 9, false, 0.25, "USB Headset", "USB Mic", "Speakers",
                false, NotificationPosition.BOTTOM_LEFT, ThemeMode.DARK));
    }

    @Test
    void profileNamesTheAccountAndTheRuntime() {
        Account a = Account.of("1001", "pbx.example.com", 5060, Transport.UDP).withDisplayName("Alice Smith");
        Profile p = Profile.of(a, "1.2.3");
        assertThat(p.fullName()).isEqualTo("Alice Smith");
        assertThat(p.internalNumber()).isEqualTo("1001");
        assertThat(p.javaVersion()).isEqualTo(Runtime.version().toString());
        assertThat(p.os()).startsWith(System.getProperty("os.name"));
    }
}
