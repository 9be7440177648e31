package io.agentbar.audio.wav;

/**
 * Decoded 16-bit PCM.
 *
 * @param samples interleaved when {@code channels > 1}
 */
public record PcmAudio(int sampleRate, int channels, short[] samples) {
    public PcmAudio {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("bad format: " + sampleRate + " Hz, " + channels + " channels");
        }
        samples = samples.clone();
    }

    public int frames() {
        return samples.length / channels;
    }

    @Override
    public short[] samples() {
        return samples.clone();
    }

    /** Averages the channels into one. */
    public PcmAudio mono() {
        if (channels == 1) {
            return this;
        }
        short[] mono = new short[frames()];
        for (int f = 0; f < mono.length; f++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += samples[f * channels + c];
            }
            mono[f] = (short) (sum / channels);
        }
        return new PcmAudio(sampleRate, 1, mono);
    }
}
