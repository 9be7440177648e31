package io.agentbar.bench.quality;

import io.agentbar.app.it.signal.Fft;

/**
 * Where each part of the sent signal lies in the received recording: one global lag from a full cross-correlation,
 * then a lag per block searched around it, because the delay moves during a call: adaptive jitter buffers grow and
 * shrink, and a receiver that skips lost packets instead of concealing them (baresip's decoder output under burst
 * loss) shortens its timeline by 20 ms a time. A single lag would score every part after such a shift as lost.
 *
 * <p>Works on an 8 kHz box-filtered copy: alignment to 1/8 ms is far finer than the 32 ms analysis frames need.
 */
final class DelayAlignment {
    static final int ANALYSIS_RATE = 8000;
    /** Below this normalised correlation a block's own peak is noise (silence, concealment): keep the last lag. */
    private static final double MIN_BLOCK_CORRELATION = 0.2;

    /**
     * Lags in samples at the signals' own rate: sent sample {@code n} lies at received sample {@code n + lagAt(n)}.
     *
     * @param blockSamples length of each block of the sent signal, at the signals' rate
     * @param lags         one lag per block
     * @param global       the whole-signal lag the blocks were refined around
     */
    record Lags(int blockSamples, int[] lags, int global) {
        int lagAt(int sentSample) {
            int block = Math.max(0, Math.min(lags.length - 1, sentSample / blockSamples));
            return lags[block];
        }
    }

    private DelayAlignment() {
    }

    /**
     * @param rate          sample rate of both signals (a multiple of 8 kHz, or at least 8 kHz)
     * @param blockSeconds  length of a block that gets its own lag
     * @param searchSeconds how far a block's lag may stray from the global lag
     */
    static Lags align(float[] sent, float[] received, int rate, double blockSeconds, double searchSeconds) {
        int factor = Math.max(1, Math.round(rate / (float) ANALYSIS_RATE));
        float[] a = decimate(sent, factor);
        float[] b = decimate(received, factor);
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("empty signal");
        }
        int global = globalLag(a, b);
        int block = Math.max(1, (int) Math.round(blockSeconds * rate / factor));
        int search = (int) Math.round(searchSeconds * rate / factor);
        int blocks = (a.length + block - 1) / block;
        int[] lags = new int[blocks];
        double[] energy = prefixEnergy(b);
        int last = global;
        for (int k = 0; k < blocks; k++) {
            int from = k * block;
            int to = Math.min(a.length, from + block);
            last = blockLag(a, from, to, b, energy, global - search, global + search, last);
            lags[k] = last * factor;
        }
        return new Lags(block * factor, lags, global * factor);
    }

    /** The lag that maximises {@code sum a[n] b[n + lag]} over every lag. */
    static int globalLag(float[] a, float[] b) {
        double[] c = Fft.crossCorrelation(a, b);
        int best = 0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] > c[best]) {
                best = i;
            }
        }
        return best - (a.length - 1);
    }

    /**
     * The lag in {@code minLag..maxLag} that maximises the normalised correlation of {@code a[from..to)} with
     * {@code b}; {@code fallback} when the block is silent or nothing correlates (a concealed or lost stretch).
     */
    private static int blockLag(float[] a, int from, int to, float[] b, double[] energy, int minLag, int maxLag,
                                int fallback) {
        double aEnergy = 0;
        for (int n = from; n < to; n++) {
            aEnergy += (double) a[n] * a[n];
        }
        int segmentStart = Math.max(0, from + minLag);
        int segmentEnd = Math.min(b.length, to + maxLag);
        if (aEnergy <= 1e-9 || segmentEnd - segmentStart < (to - from) / 2) {
            return fallback;
        }
        float[] block = java.util.Arrays.copyOfRange(a, from, to);
        float[] segment = java.util.Arrays.copyOfRange(b, segmentStart, segmentEnd);
        // c[i] = sum block[n] * segment[n + shift] with shift = i - (block.length - 1); lag = segmentStart + shift - from
        double[] c = Fft.crossCorrelation(block, segment);
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = fallback;
        for (int lag = minLag; lag <= maxLag; lag++) {
            int lo = Math.max(from, -lag);
            int hi = Math.min(to, b.length - lag);
            if (hi - lo < (to - from) / 2) {
                continue; // most of the block would fall outside the recording
            }
            int index = lag + from - segmentStart + block.length - 1;
            if (index < 0 || index >= c.length) {
                continue;
            }
            double bEnergy = energy[hi + lag] - energy[lo + lag];
            double score = bEnergy <= 1e-12 ? 0 : c[index] / Math.sqrt(aEnergy * bEnergy);
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return bestScore >= MIN_BLOCK_CORRELATION ? best : fallback;
    }

    private static double[] prefixEnergy(float[] b) {
        double[] sums = new double[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            sums[i + 1] = sums[i] + (double) b[i] * b[i];
        }
        return sums;
    }

    /** Box-filter average of {@code factor} samples: a crude low-pass that is good enough for finding delays. */
    static float[] decimate(float[] x, int factor) {
        float[] y = new float[x.length / factor];
        for (int i = 0; i < y.length; i++) {
            float sum = 0;
            for (int j = 0; j < factor; j++) {
                sum += x[i * factor + j];
            }
            y[i] = sum / factor;
        }
        return y;
    }
}
