package io.agentbar.app.it.signal;

/** Test signals: sines, two-tone mixes and silence, as float samples in [-1, 1]. */
public final class Tones {

    private Tones() {
    }

    /** A sine of {@code frequency} Hz with peak {@code amplitude} (0..1). */
    public static float[] sine(double frequency, int sampleRate, double seconds, double amplitude) {
        requireArguments(frequency, sampleRate, seconds, amplitude);
        float[] samples = new float[samples(sampleRate, seconds)];
        double step = 2 * Math.PI * frequency / sampleRate;
        for (int n = 0; n < samples.length; n++) {
            samples[n] = (float) (amplitude * Math.sin(step * n));
        }
        return samples;
    }

    /** Two sines of equal level (like a DTMF digit) whose sum peaks at most at {@code amplitude}. */
    public static float[] twoTone(double first, double second, int sampleRate, double seconds, double amplitude) {
        requireArguments(first, sampleRate, seconds, amplitude);
        requireArguments(second, sampleRate, seconds, amplitude);
        float[] samples = new float[samples(sampleRate, seconds)];
        double stepA = 2 * Math.PI * first / sampleRate;
        double stepB = 2 * Math.PI * second / sampleRate;
        for (int n = 0; n < samples.length; n++) {
            samples[n] = (float) (amplitude / 2 * (Math.sin(stepA * n) + Math.sin(stepB * n)));
        }
        return samples;
    }

    public static float[] silence(int sampleRate, double seconds) {
        return new float[samples(sampleRate, seconds)];
    }

    /** The parts one after another (for example silence, tone, silence). */
    public static float[] concat(float[]... parts) {
        int length = 0;
        for (float[] part : parts) {
            length += part.length;
        }
        float[] joined = new float[length];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }

    private static int samples(int sampleRate, double seconds) {
        if (sampleRate <= 0 || seconds < 0) {
            throw new IllegalArgumentException("need a positive rate and a non-negative duration");
        }
        return (int) Math.round(seconds * sampleRate);
    }

    private static void requireArguments(double frequency, int sampleRate, double seconds, double amplitude) {
        if (frequency <= 0 || frequency >= sampleRate / 2.0) {
            throw new IllegalArgumentException("frequency " + frequency + " Hz is not below Nyquist of " + sampleRate + " Hz");
        }
        if (amplitude < 0 || amplitude > 1) {
            throw new IllegalArgumentException("amplitude must be within 0..1: " + amplitude);
        }
        samples(sampleRate, seconds);
    }
}
