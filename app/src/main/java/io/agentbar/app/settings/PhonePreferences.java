package io.agentbar.app.settings;

import io.agentbar.core.phone.Phone;
import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.PreferencesTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes saved preferences take effect: auto answer and the ringtone switch on the phone (queued on
 * its signalling thread), devices and ringtone volume on the chosen sound devices.
 */
public final class PhonePreferences implements PreferencesTarget {
    private static final Logger LOG = LoggerFactory.getLogger(PhonePreferences.class);

    private final Consumer<Optional<Duration>> autoAnswer;
    private final Consumer<Boolean> ringtone;
    private final Optional<ChosenSoundDevices> devices;

    /** @param devices empty for a phone on files or silence, which has no devices to choose */
    public PhonePreferences(Phone phone, Optional<ChosenSoundDevices> devices) {
        this(phone::setAutoAnswer, phone::setRingtoneEnabled, devices);
    }

    PhonePreferences(Consumer<Optional<Duration>> autoAnswer, Consumer<Boolean> ringtone,
                     Optional<ChosenSoundDevices> devices) {
        this.autoAnswer = autoAnswer;
        this.ringtone = ringtone;
        this.devices = devices;
    }

    @Override
    public void apply(Preferences p) {
        autoAnswer.accept(p.autoAnswerAfter());
        ringtone.accept(p.ringtoneEnabled());
        devices.ifPresent(d -> d.choose(p));
        LOG.info("preferences applied: auto answer {}, ringtone {} at {}%, speaker {}, microphone {}, ringtone on {}",
                p.autoAnswerAfter().map(d -> "after " + d.toSeconds() + " s").orElse("off"),
                p.ringtoneEnabled() ? "on" : "off", Math.round(p.ringtoneVolume() * 100),
                named(p.speaker()), named(p.microphone()), named(p.ringtoneDevice()));
    }

    private static String named(String device) {
        return device.isBlank() ? "default" : "'" + device + "'";
    }
}
