package io.agentbar.app.settings;

import io.agentbar.audio.alert.ToneRinger;
import io.agentbar.audio.device.CaptureDevice;
import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.JavaSoundCapture;
import io.agentbar.audio.device.JavaSoundPlayback;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.core.settings.Preferences;

/**
 * Java Sound devices by the names the agent chose. A choice takes effect with the next call (and the
 * next ring): a call keeps the devices it opened, so switching mid-call never drops its audio.
 */
public final class ChosenSoundDevices implements DeviceFactory {
    private volatile String microphone = "";
    private volatile String speaker = "";
    private volatile String ringtone = "";
    private final ToneRinger ringer = new ToneRinger(this::ringtoneDevice,
            Preferences.DEFAULT_RINGTONE_VOLUME);

    /** Takes the agent's device names and ringtone volume. */
    public void choose(Preferences preferences) {
        microphone = preferences.microphone();
        speaker = preferences.speaker();
        ringtone = preferences.ringtoneDevice();
        ringer.setVolume(preferences.ringtoneVolume());
    }

    /** Plays alerts on the chosen ringtone device at the chosen volume. */
    public ToneRinger ringer() {
        return ringer;
    }

    /** A fresh device on the chosen ringtone mixer, as the ringer opens for each signal. */
    PlaybackDevice ringtoneDevice() {
        return new JavaSoundPlayback(ringtone);
    }

    @Override
    public CaptureDevice capture(String callId) {
        return new JavaSoundCapture(microphone);
    }

    @Override
    public PlaybackDevice playback(String callId) {
        return new JavaSoundPlayback(speaker);
    }
}
