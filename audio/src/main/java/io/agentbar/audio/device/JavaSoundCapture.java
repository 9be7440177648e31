package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * A microphone through Java Sound. The line buffer is set explicitly to three frames: left to
 * its default it would be 500 ms (tech notes §5), all of it latency. Reads block on the
 * hardware clock, which paces the whole send path.
 */
public final class JavaSoundCapture implements CaptureDevice {
    private static final int BUFFER_FRAMES = 3;

    private final String mixerName;
    private final byte[] bytes = new byte[PcmFormat.FRAME_BYTES];
    private volatile TargetDataLine line;

    /** The system's default microphone. */
    public JavaSoundCapture() {
        this("");
    }

    /** The microphone of the named mixer (as listed by {@link DeviceCatalog}); blank means the default. */
    public JavaSoundCapture(String mixerName) {
        this.mixerName = mixerName;
    }

    @Override
    public String name() {
        return JavaSoundMixers.describe(mixerName);
    }

    @Override
    public void open() throws AudioDeviceException {
        TargetDataLine l = JavaSoundMixers.line(TargetDataLine.class, mixerName);
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
    public void read(short[] frame) throws AudioDeviceException {
        TargetDataLine l = line;
        if (l == null) {
            throw new AudioDeviceException(name() + " is closed");
        }
        int got = 0;
        try {
            while (got < bytes.length) {
                int n = l.read(bytes, got, bytes.length - got);
                if (n <= 0) {
                    // read returns short only when the line stopped: unplugged, or closed under us
                    throw new AudioDeviceException(name() + " stopped delivering audio");
                }
                got += n;
            }
        } catch (RuntimeException e) {
            throw new AudioDeviceException(name() + " failed: " + e.getMessage(), e);
        }
        for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
            frame[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
        }
    }

    @Override
    public void close() {
        TargetDataLine l = line;
        line = null;
        if (l != null) {
            l.stop();
            l.close();
        }
    }
}
