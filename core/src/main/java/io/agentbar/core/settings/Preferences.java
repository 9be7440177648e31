package io.agentbar.core.settings;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agent chose in the settings. Device names are mixer names as the
 * {@link AudioDeviceCatalog} lists them; blank means the system default, so a preference survives
 * a device that is unplugged today.
 *
 * @param autoAnswer           answer incoming calls by themselves
 * @param autoAnswerDelaySeconds how long a call rings before it is answered, 0 to {@value #MAX_AUTO_ANSWER_DELAY}
 * @param ringtoneEnabled      ring on incoming calls (the auto-answer beeps sound regardless)
 * @param ringtoneVolume       0 (silent) to 1 (full scale)
 * @param speaker              where call audio plays
 * @param microphone           where call audio is captured
 * @param ringtoneDevice       where the ringtone plays (a loudspeaker while the headset is off)
 * @param messengerSound       a sound for internal messages
 * @param notificationPosition where toasts appear
 * @param theme                light or dark
 */
public record Preferences(boolean autoAnswer, int autoAnswerDelaySeconds, boolean ringtoneEnabled,
                          double ringtoneVolume, String speaker, String microphone, String ringtoneDevice,
                          boolean messengerSound, NotificationPosition notificationPosition, ThemeMode theme) {
    /** Ten minutes: past that a call has long been lost to the queue's own timeout. */
    public static final int MAX_AUTO_ANSWER_DELAY = 600;
    /** Clearly audible, below full scale. */
    public static final double DEFAULT_RINGTONE_VOLUME = 0.7;
    /** The browser bar's example delay, used until the agent picks one. */
    public static final int DEFAULT_AUTO_ANSWER_DELAY = 5;

    /** @throws IllegalArgumentException when the delay or the volume is out of range */
    public Preferences {
        if (!validDelay(autoAnswerDelaySeconds)) {
            throw new IllegalArgumentException("auto-answer delay must be 0 to " + MAX_AUTO_ANSWER_DELAY
                    + " seconds, was " + autoAnswerDelaySeconds);
        }
        if (!(ringtoneVolume >= 0 && ringtoneVolume <= 1)) {
            throw new IllegalArgumentException("ringtone volume must be 0 to 1, was " + ringtoneVolume);
        }
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(microphone, "microphone");
        Objects.requireNonNull(ringtoneDevice, "ringtoneDevice");
        Objects.requireNonNull(notificationPosition, "notificationPosition");
        Objects.requireNonNull(theme, "theme");
    }

    public static Preferences defaults() {
        return new Preferences(false, DEFAULT_AUTO_ANSWER_DELAY, true, DEFAULT_RINGTONE_VOLUME, "", "", "",
                true, NotificationPosition.TOP_RIGHT, ThemeMode.LIGHT);
    }

    public static boolean validDelay(int seconds) {
        return seconds >= 0 && seconds <= MAX_AUTO_ANSWER_DELAY;
    }

    /** The delay for {@code Phone.setAutoAnswer}: empty while auto answer is off. */
    public Optional<Duration> autoAnswerAfter() {
        return autoAnswer ? Optional.of(Duration.ofSeconds(autoAnswerDelaySeconds)) : Optional.empty();
    }

    public Preferences withAutoAnswer(boolean on, int delaySeconds) {
        return new Preferences(on, delaySeconds, ringtoneEnabled, ringtoneVolume, speaker, microphone,
                ringtoneDevice, messengerSound, notificationPosition, theme);
    }

    public Preferences withRingtone(boolean enabled, double volume) {
        return new Preferences(autoAnswer, autoAnswerDelaySeconds, enabled, volume, speaker, microphone,
                ringtoneDevice, messengerSound, notificationPosition, theme);
    }

    public Preferences withDevices(String speaker, String microphone, String ringtoneDevice) {
        return new Preferences(autoAnswer, autoAnswerDelaySeconds, ringtoneEnabled, ringtoneVolume, speaker,
                microphone, ringtoneDevice, messengerSound, notificationPosition, theme);
    }

    public Preferences withNotifications(boolean messengerSound, NotificationPosition position) {
        return new Preferences(autoAnswer, autoAnswerDelaySeconds, ringtoneEnabled, ringtoneVolume, speaker,
                microphone, ringtoneDevice, messengerSound, position, theme);
    }

    public Preferences withTheme(ThemeMode theme) {
        return new Preferences(autoAnswer, autoAnswerDelaySeconds, ringtoneEnabled, ringtoneVolume, speaker,
                microphone, ringtoneDevice, messengerSound, notificationPosition, theme);
    }
}
