package io.agentbar.audio.testing;

/** Test signals and their analysis. */
public final class Tones {
    private Tones() {
    }

    public static short[] sine(double frequency, int sampleRate, int samples, double amplitude) {
        short[] s = new short[samples];
        for (int i = 0; i < samples; i++) {
            s[i] = (short) Math.round(amplitude * Short.MAX_VALUE * Math.sin(2 * Math.PI * frequency * i / sampleRate));
        }
        return s;
    }

    /** Goertzel: the power of one frequency in a window, normalised so a full-scale sine gives about 0.25. */
    public static double power(short[] s, int from, int length, double frequency, int sampleRate) {
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + length; i++) {
            double s0 = s[i] / 32768.0 + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double p = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return p / ((double) length * length);
    }

    /** The amplitude (0..1 of full scale) of a frequency, from the Goertzel power. */
    public static double amplitude(short[] s, int from, int length, double frequency, int sampleRate) {
        return 2 * Math.sqrt(power(s, from, length, frequency, sampleRate));
    }

    public static double rms(short[] s, int from, int length) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / length) / 32768.0;
    }
}
