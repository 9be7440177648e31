package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds Java Sound lines by mixer name. Names, not indexes, identify devices: indexes shift
 * whenever a headset is plugged in (tech notes §5). Every Java Sound failure becomes an
 * {@link AudioDeviceException} here, so nothing of javax.sound leaks out.
 */
final class JavaSoundMixers {
    static final AudioFormat FORMAT = new AudioFormat(PcmFormat.SAMPLE_RATE, 16, 1, true, false);

    private JavaSoundMixers() {
    }

    /** Mixer names that offer a line of {@code lineType} in the pipeline format. */
    static List<String> names(Class<? extends Line> lineType) {
        List<String> names = new ArrayList<>();
        try {
            DataLine.Info info = new DataLine.Info(lineType, FORMAT);
            for (Mixer.Info m : AudioSystem.getMixerInfo()) {
                if (AudioSystem.getMixer(m).isLineSupported(info) && !names.contains(m.getName())) {
                    names.add(m.getName());
                }
            }
        } catch (RuntimeException e) {
            // a broken provider lists nothing rather than breaking the settings screen
        }
        return List.copyOf(names);
    }

    /**
     * Opens a line of {@code lineType} on the named mixer, or the system default when the name
     * is blank.
     */
    static <T extends DataLine> T line(Class<T> lineType, String mixerName) throws AudioDeviceException {
        DataLine.Info info = new DataLine.Info(lineType, FORMAT);
        try {
            if (mixerName.isBlank()) {
                return lineType.cast(AudioSystem.getLine(info));
            }
            for (Mixer.Info m : AudioSystem.getMixerInfo()) {
                Mixer mixer = AudioSystem.getMixer(m);
                if (m.getName().equals(mixerName) && mixer.isLineSupported(info)) {
                    return lineType.cast(mixer.getLine(info));
                }
            }
        } catch (LineUnavailableException | RuntimeException e) {
            throw new AudioDeviceException(describe(mixerName) + " is unavailable: " + e.getMessage(), e);
        }
        throw new AudioDeviceException(describe(mixerName) + " is not connected");
    }

    static String describe(String mixerName) {
        return mixerName.isBlank() ? "the default audio device" : "'" + mixerName + "'";
    }
}
