package io.agentbar.audio.device;

import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import java.util.List;

/**
 * Lists the microphones and speakers Java Sound can open in the pipeline format, by mixer name.
 * Java Sound raises no hot-plug events: call again (every few seconds while a settings screen is
 * open, or on a headset attach hint) to see changes.
 */
public final class DeviceCatalog {
    /** Names of mixers that can capture 48 kHz mono 16-bit; empty when there is no sound system. */
    public List<String> microphones() {
        return JavaSoundMixers.names(TargetDataLine.class);
    }

    /** Names of mixers that can play 48 kHz mono 16-bit; empty when there is no sound system. */
    public List<String> speakers() {
        return JavaSoundMixers.names(SourceDataLine.class);
    }
}
