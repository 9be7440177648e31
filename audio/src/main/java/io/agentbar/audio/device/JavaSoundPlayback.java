package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A speaker through Java Sound, with an explicit four-frame line buffer (80 ms). Writes block
 * while the buffer is full, so the hardware clock paces playout; our own jitter buffer does the
 * rest.
 */
public final class JavaSoundPlayback implements PlaybackDevice {
    private static final int BUFFER_FRAMES = 4;

    private final String mixerName;
    private final byte[] bytes = new byte[PcmFormat.FRAME_BYTES];
    private volatile SourceDataLine line;

    /** The system's default speaker. */
    public JavaSoundPlayback() {
        this("");
    }

    /** The speaker of the named mixer (as listed by {@link DeviceCatalog}); blank means the default. */
    public JavaSoundPlayback(String mixerName) {
        this.mixerName = mixerName;
    }

    @Override
    public String name() {
        return JavaSoundMixers.describe(mixerName);
    }

    @Override
    public void open() throws AudioDeviceException {
        SourceDataLine l = JavaSoundMixers.line(SourceDataLine.class, mixerName);
        try {
            l.open(JavaSoundMixers.FORMAT, BUFFER_FRAMES * PcmFormat.FRAME_BYTES);
            l.start();
        } catch (LineUnavailableException | RuntimeException e) {
            l.close();
            throw new AudioDeviceException(name() + " cannot be opened: " + e.getMessage(), e);
        }
        line = l;
    }

    @Override
    public void write(short[] frame) throws AudioDeviceException {
        SourceDataLine l = line;
        if (l == null) {
            throw new AudioDeviceException(name() + " is closed");
        }
        for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
            bytes[2 * i] = (byte) frame[i];
            bytes[2 * i + 1] = (byte) (frame[i] >> 8);
        }
        try {
            int written = l.write(bytes, 0, bytes.length);
            if (written < bytes.length && line != null) {
                throw new AudioDeviceException(name() + " stopped accepting audio");
            }
        } catch (RuntimeException e) {
            throw new AudioDeviceException(name() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        SourceDataLine l = line;
        line = null;
        if (l != null) {
            l.stop();
            l.close();
        }
    }
}
