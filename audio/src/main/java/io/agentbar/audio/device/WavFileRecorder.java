package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.wav.WavWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A speaker that records what it would play to a 48 kHz mono 16-bit WAV file, in real time.
 * The file is flushed (header included) once a second, so it stays readable after a crash.
 */
public final class WavFileRecorder implements PlaybackDevice {
    private static final int FLUSH_FRAMES = 1000 / PcmFormat.FRAME_MILLIS;

    private final Path file;
    private final FrameClock clock = new FrameClock();
    private WavWriter writer;
    private int sinceFlush;

    public WavFileRecorder(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "recording " + file.getFileName();
    }

    @Override
    public synchronized void open() throws AudioDeviceException {
        try {
            writer = new WavWriter(file, PcmFormat.SAMPLE_RATE, 1, FLUSH_FRAMES * PcmFormat.FRAME_SAMPLES);
        } catch (IOException e) {
            throw new AudioDeviceException("cannot create " + file + ": " + e.getMessage(), e);
        }
        clock.reset();
    }

    @Override
    public void write(short[] frame) throws AudioDeviceException {
        clock.awaitTick();
        append(frame);
    }

    // disk I/O is not real-time anyway; the monitor only guards against a close from another thread
    private synchronized void append(short[] frame) throws AudioDeviceException {
        if (writer == null) {
            throw new AudioDeviceException(name() + " is not open");
        }
        try {
            writer.write(frame, 0, PcmFormat.FRAME_SAMPLES);
            if (++sinceFlush >= FLUSH_FRAMES) {
                sinceFlush = 0;
                writer.flush();
            }
        } catch (IOException e) {
            throw new AudioDeviceException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (writer == null) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            // the file keeps its last flushed state; nothing else can be done at close
        } finally {
            writer = null;
        }
    }
}
