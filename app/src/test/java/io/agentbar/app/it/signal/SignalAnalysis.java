package io.agentbar.app.it.signal;

/**
 * Checks on received audio: is a tone there, which frequency dominates, how alike are two signals.
 *
 * <p>Tests assert on content, not on file sizes: a recording full of silence or of the wrong tone has the right
 * size too.
 */
public final class SignalAnalysis {

    /** Analysis frame for {@link #containsTone}: 50 ms gives 20 Hz resolution and tolerates short gaps. */
    public static final double FRAME_SECONDS = 0.05;
    /** A frame "has the tone" when at least this share of its energy is at the frequency. */
    public static final double TONE_ENERGY_THRESHOLD = 0.5;
    /** Frames quieter than this RMS (about -60 dBFS) count as silence, i.e. without the tone. */
    public static final double SILENCE_RMS = 0.001;
    private static final int MAX_FFT = 1 << 16;

    private SignalAnalysis() {
    }

    /** Best normalised cross-correlation of two signals and the lag where it occurs. */
    public record Correlation(double peak, int lag) {
    }

    /**
     * Goertzel power |X(f)|^2 of {@code samples[from, from+length)} at any frequency (not rounded to a DFT bin).
     */
    public static double goertzelPower(float[] samples, int from, int length, int sampleRate, double frequency) {
        checkWindow(samples, from, length);
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int n = from; n < from + length; n++) {
            double s0 = samples[n] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }

    /**
     * Share (0..1) of the window's energy that lies at {@code frequency}. A pure sine at that frequency gives about 1;
     * a sine a few resolution steps ({@code sampleRate / length}) away gives about 0; silence gives 0.
     */
    public static double toneEnergyRatio(float[] samples, int from, int length, int sampleRate, double frequency) {
        checkWindow(samples, from, length);
        double energy = 0;
        for (int n = from; n < from + length; n++) {
            energy += samples[n] * (double) samples[n];
        }
        if (energy == 0) {
            return 0;
        }
        // a sine of amplitude A: |X|^2 = (A N / 2)^2 and energy = A^2 N / 2, so 2|X|^2 / (N energy) = 1
        double ratio = 2 * goertzelPower(samples, from, length, sampleRate, frequency) / (length * energy);
        return Math.min(1, ratio);
    }

    /** {@link #toneEnergyRatio} over the whole signal. */
    public static double toneEnergyRatio(float[] samples, int sampleRate, double frequency) {
        return toneEnergyRatio(samples, 0, samples.length, sampleRate, frequency);
    }

    /**
     * Share (0..1) of {@value #FRAME_SECONDS} s frames in which {@code frequency} holds at least
     * {@value #TONE_ENERGY_THRESHOLD} of a non-silent frame's energy. Silent frames count as frames without the tone.
     */
    public static double fractionOfFramesWithTone(float[] samples, int sampleRate, double frequency) {
        int frame = (int) Math.round(sampleRate * FRAME_SECONDS);
        int frames = samples.length / frame;
        if (frames == 0) {
            return 0;
        }
        int withTone = 0;
        for (int i = 0; i < frames; i++) {
            int from = i * frame;
            if (rms(samples, from, frame) >= SILENCE_RMS
                    && toneEnergyRatio(samples, from, frame, sampleRate, frequency) >= TONE_ENERGY_THRESHOLD) {
                withTone++;
            }
        }
        return (double) withTone / frames;
    }

    /** True when at least {@code minFractionOfFramesWithTone} of the frames carry {@code frequency}. */
    public static boolean containsTone(float[] samples, int sampleRate, double frequency, double minFractionOfFramesWithTone) {
        return fractionOfFramesWithTone(samples, sampleRate, frequency) >= minFractionOfFramesWithTone;
    }

    public static boolean containsTone(MonoSignal signal, double frequency, double minFractionOfFramesWithTone) {
        return containsTone(signal.samples(), signal.sampleRate(), frequency, minFractionOfFramesWithTone);
    }

    /**
     * The strongest frequency (Hz), from a Hann-windowed FFT of up to 65536 samples taken from the middle of the
     * signal, refined by parabolic interpolation between bins. 0 for silence.
     */
    public static double dominantFrequency(float[] samples, int sampleRate) {
        if (samples.length < 4) {
            throw new IllegalArgumentException("need at least 4 samples");
        }
        int size = Integer.highestOneBit(Math.min(samples.length, MAX_FFT));
        int offset = (samples.length - size) / 2;
        double[] re = new double[size];
        double[] im = new double[size];
        for (int n = 0; n < size; n++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / (size - 1));
            re[n] = samples[offset + n] * hann;
        }
        Fft.transform(re, im, false);
        int peak = 0;
        double peakMagnitude = 0;
        double[] magnitude = new double[size / 2];
        for (int k = 1; k < size / 2; k++) {
            magnitude[k] = Math.hypot(re[k], im[k]);
            if (magnitude[k] > peakMagnitude) {
                peakMagnitude = magnitude[k];
                peak = k;
            }
        }
        if (peak == 0) {
            return 0;
        }
        double shift = 0;
        if (peak > 1 && peak < size / 2 - 1 && magnitude[peak - 1] > 0 && magnitude[peak + 1] > 0) {
            double a = Math.log(magnitude[peak - 1]);
            double b = Math.log(magnitude[peak]);
            double c = Math.log(magnitude[peak + 1]);
            double denominator = a - 2 * b + c;
            shift = denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
        }
        return (peak + shift) * sampleRate / size;
    }

    public static double dominantFrequency(MonoSignal signal) {
        return dominantFrequency(signal.samples(), signal.sampleRate());
    }

    /**
     * The highest normalised cross-correlation between {@code a} and {@code b} over lags {@code -maxLag..maxLag}
     * (lag L compares a[n] with b[n+L], so a positive lag means b is late). Each lag is normalised by the energy of
     * the overlapping parts, giving 1 for an exact (scaled) copy. Lags whose overlap is shorter than half the shorter
     * signal are skipped, because a few overlapping samples correlate by chance. Direct O(n * lags) sum: keep the
     * signals to a few seconds.
     */
    public static Correlation crossCorrelationPeak(float[] a, float[] b, int maxLag) {
        int minOverlap = Math.max(1, Math.min(a.length, b.length) / 2);
        double[] squaresA = prefixSquares(a);
        double[] squaresB = prefixSquares(b);
        double best = Double.NEGATIVE_INFINITY;
        int bestLag = 0;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            int start = Math.max(0, -lag);
            int end = Math.min(a.length, b.length - lag);
            if (end - start < minOverlap) {
                continue;
            }
            double dot = 0;
            for (int n = start; n < end; n++) {
                dot += a[n] * (double) b[n + lag];
            }
            double energyA = squaresA[end] - squaresA[start];
            double energyB = squaresB[end + lag] - squaresB[start + lag];
            double value = energyA > 0 && energyB > 0 ? dot / Math.sqrt(energyA * energyB) : 0;
            if (value > best) {
                best = value;
                bestLag = lag;
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("signals too short to correlate");
        }
        return new Correlation(best, bestLag);
    }

    /** Root mean square of {@code samples[from, from+length)}. */
    public static double rms(float[] samples, int from, int length) {
        checkWindow(samples, from, length);
        double sum = 0;
        for (int n = from; n < from + length; n++) {
            sum += samples[n] * (double) samples[n];
        }
        return length == 0 ? 0 : Math.sqrt(sum / length);
    }

    private static double[] prefixSquares(float[] x) {
        double[] prefix = new double[x.length + 1];
        for (int n = 0; n < x.length; n++) {
            prefix[n + 1] = prefix[n] + x[n] * (double) x[n];
        }
        return prefix;
    }


    private static void checkWindow(float[] samples, int from, int length) {
        if (from < 0 || length < 0 || from + length > samples.length) {
            throw new IllegalArgumentException("window " + from + "+" + length + " outside " + samples.length + " samples");
        }
    }
}
