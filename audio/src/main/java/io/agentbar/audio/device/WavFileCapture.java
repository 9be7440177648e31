package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.pcm.Resampler;
import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A WAV file as the microphone, looped, in real time. Any 16-bit PCM file (mono or stereo,
 * 8–48 kHz) is down-mixed and resampled to the pipeline format once, when opened.
 */
public final class WavFileCapture implements CaptureDevice {
    private final Path file;
    private final FrameClock clock = new FrameClock();
    private short[] samples = new short[0];
    private int position;

    public WavFileCapture(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "file " + file.getFileName();
    }

    @Override
    public void open() throws AudioDeviceException {
        PcmAudio audio;
        try {
            audio = WavReader.read(file).mono();
        } catch (IOException e) {
            throw new AudioDeviceException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (audio.sampleRate() < 8000 || audio.sampleRate() > PcmFormat.SAMPLE_RATE) {
            throw new AudioDeviceException(file + ": sample rate " + audio.sampleRate() + " Hz is outside 8–48 kHz");
        }
        short[] converted = Resampler.convert(audio.samples(), audio.sampleRate(), PcmFormat.SAMPLE_RATE);
        if (converted.length == 0) {
            throw new AudioDeviceException(file + " holds no samples");
        }
        samples = converted;
        position = 0;
        clock.reset();
    }

    @Override
    public void read(short[] frame) throws AudioDeviceException {
        if (samples.length == 0) {
            throw new AudioDeviceException(name() + " is not open");
        }
        clock.awaitTick();
        for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
            frame[i] = samples[position];
            position = position + 1 == samples.length ? 0 : position + 1;
        }
    }

    @Override
    public void close() {
        samples = new short[0];
    }
}
