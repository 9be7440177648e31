package io.agentbar.bench.quality;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The stimulus for mouth-to-ear: short 2 kHz tone bursts (4 ms, Hann-shaped, so Opus keeps them compact) every
 * {@value #PERIOD_SECONDS} s. The period is not a multiple of the 20 ms packet time, so the clicks fall at every phase
 * of a packet and the median covers the packetisation delay fairly instead of always at the same offset.
 */
final class ClickTrain {
    static final double PERIOD_SECONDS = 1.013;
    static final double FIRST_SECONDS = 0.3;
    private static final double BURST_SECONDS = 0.004;
    private static final double BURST_HZ = 2000;
    private static final double AMPLITUDE = 0.8;
    /** Envelope smoothing for detection. */
    private static final double SMOOTH_SECONDS = 0.001;
    /** A click must stand this far above the window's median envelope, or the window holds none. */
    private static final double MIN_PEAK_OVER_MEDIAN = 8;

    private ClickTrain() {
    }

    /** {@code clicks} bursts, the first at {@value #FIRST_SECONDS} s, with silence to the end of the last period. */
    static float[] generate(int rate, int clicks) {
        float[] x = new float[(int) Math.round((FIRST_SECONDS + clicks * PERIOD_SECONDS) * rate)];
        int burst = (int) Math.round(BURST_SECONDS * rate);
        for (int k = 0; k < clicks; k++) {
            int start = (int) Math.round(clickSeconds(k) * rate);
            for (int n = 0; n < burst; n++) {
                double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / burst);
                x[start + n] = (float) (AMPLITUDE * window * Math.sin(2 * Math.PI * BURST_HZ * n / rate));
            }
        }
        return x;
    }

    /** Where click {@code k} starts in the generated signal. */
    static double clickSeconds(int k) {
        return FIRST_SECONDS + k * PERIOD_SECONDS;
    }

    /**
     * The onset of the strongest click between {@code fromSeconds} and {@code toSeconds}: the first sample, going back
     * from the envelope's peak, where the envelope is still at least half the peak. Empty when nothing stands out.
     */
    static OptionalDouble detect(float[] x, int rate, double fromSeconds, double toSeconds) {
        int from = Math.max(0, (int) Math.round(fromSeconds * rate));
        int to = Math.min(x.length, (int) Math.round(toSeconds * rate));
        if (to - from < rate / 100) {
            return OptionalDouble.empty();
        }
        double[] envelope = envelope(x, from, to, Math.max(1, (int) Math.round(SMOOTH_SECONDS * rate)));
        int peak = 0;
        for (int i = 1; i < envelope.length; i++) {
            if (envelope[i] > envelope[peak]) {
                peak = i;
            }
        }
        double[] sorted = envelope.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (envelope[peak] <= 1e-4 || envelope[peak] < MIN_PEAK_OVER_MEDIAN * median) {
            return OptionalDouble.empty();
        }
        int onset = peak;
        while (onset > 0 && envelope[onset - 1] >= envelope[peak] / 2) {
            onset--;
        }
        return OptionalDouble.of((from + onset) / (double) rate);
    }

    /**
     * Onsets (seconds) of every click in {@code x}: each rise of the envelope above a quarter of the loudest click,
     * at least half a period after the previous one, refined by {@link #detect}.
     */
    static double[] detectAll(float[] x, int rate) {
        if (x.length == 0) {
            return new double[0];
        }
        double[] envelope = envelope(x, 0, x.length, Math.max(1, (int) Math.round(SMOOTH_SECONDS * rate)));
        double loudest = Arrays.stream(envelope).max().orElse(0);
        if (loudest <= 1e-4) {
            return new double[0];
        }
        double[] onsets = new double[x.length / (rate / 4) + 1];
        int count = 0;
        int refractory = (int) Math.round(PERIOD_SECONDS / 2 * rate);
        int last = -refractory;
        for (int i = 0; i < envelope.length && count < onsets.length; i++) {
            if (envelope[i] >= loudest / 4 && i - last >= refractory) {
                OptionalDouble onset = detect(x, rate, i / (double) rate - 0.01, i / (double) rate + 0.02);
                if (onset.isPresent()) {
                    onsets[count++] = onset.getAsDouble();
                }
                last = i;
            }
        }
        return Arrays.copyOf(onsets, count);
    }

    /** Moving average of |x| over {@code width} samples, centred. */
    private static double[] envelope(float[] x, int from, int to, int width) {
        double[] prefix = new double[to - from + 1];
        for (int i = from; i < to; i++) {
            prefix[i - from + 1] = prefix[i - from] + Math.abs(x[i]);
        }
        double[] envelope = new double[to - from];
        for (int i = 0; i < envelope.length; i++) {
            int lo = Math.max(0, i - width / 2);
            int hi = Math.min(envelope.length, lo + width);
            envelope[i] = (prefix[hi] - prefix[lo]) / (hi - lo);
        }
        return envelope;
    }
}
