package io.agentbar.bench.quality;

import java.util.SplittableRandom;

/**
 * A speech-like test signal without espeak-ng: syllables of a gliding pitch whose harmonics are shaped by two moving
 * formant resonances, separated by pauses, so band envelopes change from frame to frame as in speech.
 */
final class SyntheticSpeech {
    private SyntheticSpeech() {
    }

    static float[] generate(int rate, double seconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[(int) (seconds * rate)];
        int n = rate / 5;
        while (n < x.length) {
            int length = (int) ((0.12 + 0.25 * random.nextDouble()) * rate);
            double pitch = 90 + 120 * random.nextDouble();
            double glide = (random.nextDouble() - 0.5) * 60;
            double f1 = 300 + 600 * random.nextDouble();
            double f2 = 900 + 1800 * random.nextDouble();
            double f2Move = (random.nextDouble() - 0.5) * 800;
            double phase = 0;
            for (int i = 0; i < length && n + i < x.length; i++) {
                double t = (double) i / length;
                double f0 = pitch + glide * t;
                phase += 2 * Math.PI * f0 / rate;
                double formant2 = f2 + f2Move * t;
                double sample = 0;
                for (int h = 1; h * f0 < 7000; h++) {
                    double f = h * f0;
                    double gain = resonance(f, f1, 90) + 0.6 * resonance(f, formant2, 150) + 0.02;
                    sample += gain * Math.sin(h * phase);
                }
                double envelope = Math.sin(Math.PI * t);
                x[n + i] = (float) (0.05 * envelope * sample);
            }
            n += length + (int) ((0.05 + 0.2 * random.nextDouble()) * rate);
        }
        return x;
    }

    private static double resonance(double f, double centre, double width) {
        double d = (f - centre) / width;
        return 1 / (1 + d * d);
    }
}
