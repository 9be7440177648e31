package io.agentbar.app.settings;

import io.agentbar.core.settings.Preferences;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PhonePreferencesTest {
    private final List<Optional<Duration>> autoAnswer = new ArrayList<>();
    private final List<Boolean> ringtone = new ArrayList<>();
    private final ChosenSoundDevices devices = new ChosenSoundDevices();
    private final PhonePreferences target = new PhonePreferences(autoAnswer::add, ringtone::add, Optional.of(devices));

    @Test
    void autoAnswerAndTheRingtoneSwitchGoToThePhone() {
        target.apply(Preferences.defaults().withAutoAnswer(true, 20).withRingtone(false, 0.5));

        assertThat(autoAnswer).containsExactly(Optional.of(Duration.ofSeconds(20)));
        assertThat(ringtone).containsExactly(false);
    }

    @Test
    void autoAnswerOffClearsThePhonesDelay() {
        target.apply(Preferences.defaults().withAutoAnswer(false, 20));
        assertThat(autoAnswer).containsExactly(Optional.empty());
    }

    @Test
    void theNextCallAndRingUseTheChosenDevices() {
        assertThat(devices.capture("c1").name()).isEqualTo("the default audio device");

        target.apply(Preferences.defaults().withDevices("USB Headset", "USB Mic", "Built-in Audio"));

        assertThat(devices.playback("c2").name()).isEqualTo("'USB Headset'");
        assertThat(devices.capture("c2").name()).isEqualTo("'USB Mic'");
        assertThat(devices.ringtoneDevice().name()).isEqualTo("'Built-in Audio'");
    }

    @Test
    void aPhoneWithoutSoundDevicesStillTakesAutoAnswer() {
        PhonePreferences headless = new PhonePreferences(autoAnswer::add, ringtone::add, Optional.empty());
        headless.apply(Preferences.defaults().withAutoAnswer(true, 0));
        assertThat(autoAnswer).containsExactly(Optional.of(Duration.ZERO));
    }
}
