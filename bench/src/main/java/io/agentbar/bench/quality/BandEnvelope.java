package io.agentbar.bench.quality;

import io.agentbar.app.it.signal.Fft;

import java.util.Arrays;

/**
 * The speech-quality score: how well the received speech keeps the sent speech's spectral envelope over time.
 *
 * <p>Both signals are cut into 32 ms Hann frames (16 ms hop); each frame's power spectrum is summed into
 * {@value #BANDS} log-spaced bands from {@value #LOW_HZ} to {@value #HIGH_HZ} Hz and taken as log energy. Only frames
 * where the sent signal is speech (within {@value #SPEECH_RANGE_DB} dB of its loudest frame) count. The received
 * frame is the one at the sent frame's position plus the {@link DelayAlignment} lag. The score is the mean over bands
 * of the Pearson correlation, across speech frames, between sent and received log band energies: 1 for a perfect
 * copy (any gain), about 0 for unrelated audio. Lost speech that was concealed badly or replaced by silence pulls the
 * envelopes apart and the score down.
 */
final class BandEnvelope {
    static final int BANDS = 24;
    static final double LOW_HZ = 100;
    static final double HIGH_HZ = 8000;
    static final double FRAME_SECONDS = 0.032;
    static final double SPEECH_RANGE_DB = 35;
    /** Log energies are floored 90 dB below the signal's loudest band, so digital silence is finite. */
    private static final double FLOOR_DB = 90;
    private static final double BLOCK_SECONDS = 0.5;
    private static final double SEARCH_SECONDS = 1.0;

    /** The score and what it was computed from, for the log. */
    record Score(double value, int speechFrames, double globalLagSeconds, double lagSpreadSeconds) {
    }

    private BandEnvelope() {
    }

    static Score score(float[] sent, float[] received, int rate) {
        DelayAlignment.Lags lags = DelayAlignment.align(sent, received, rate, BLOCK_SECONDS, SEARCH_SECONDS);
        int frame = (int) Math.round(FRAME_SECONDS * rate);
        int hop = frame / 2;
        int fftSize = Fft.size(frame);
        double[] window = hann(frame);
        int[] edges = bandEdges(rate, fftSize);
        int frames = Math.max(0, (sent.length - frame) / hop + 1);
        double[][] sentBands = new double[frames][];
        double[][] receivedBands = new double[frames][];
        double[] sentEnergy = new double[frames];
        for (int i = 0; i < frames; i++) {
            int start = i * hop;
            sentBands[i] = bandEnergies(sent, start, window, fftSize, edges);
            receivedBands[i] = bandEnergies(received, start + lags.lagAt(start + frame / 2), window, fftSize, edges);
            sentEnergy[i] = Arrays.stream(sentBands[i]).sum();
        }
        double loudest = Arrays.stream(sentEnergy).max().orElse(0);
        if (loudest <= 0) {
            throw new IllegalArgumentException("the sent signal is silent");
        }
        double threshold = loudest * Math.pow(10, -SPEECH_RANGE_DB / 10);
        int[] speech = java.util.stream.IntStream.range(0, frames).filter(i -> sentEnergy[i] >= threshold).toArray();
        if (speech.length < 3) {
            throw new IllegalArgumentException("too few speech frames: " + speech.length);
        }
        double[][] sentLog = toLog(sentBands, speech);
        double[][] receivedLog = toLog(receivedBands, speech);
        double sum = 0;
        for (int band = 0; band < BANDS; band++) {
            sum += pearson(column(sentLog, band), column(receivedLog, band));
        }
        int minLag = Arrays.stream(lags.lags()).min().orElse(0);
        int maxLag = Arrays.stream(lags.lags()).max().orElse(0);
        return new Score(sum / BANDS, speech.length, lags.global() / (double) rate, (maxLag - minLag) / (double) rate);
    }

    /** Bin index edges of the bands: band b covers bins {@code edges[b]..edges[b+1]-1}, at least one bin each. */
    static int[] bandEdges(int rate, int fftSize) {
        int[] edges = new int[BANDS + 1];
        double binHz = (double) rate / fftSize;
        double high = Math.min(HIGH_HZ, rate / 2.0);
        for (int b = 0; b <= BANDS; b++) {
            double hz = LOW_HZ * Math.pow(high / LOW_HZ, (double) b / BANDS);
            edges[b] = (int) Math.round(hz / binHz);
            if (b > 0 && edges[b] <= edges[b - 1]) {
                edges[b] = edges[b - 1] + 1;
            }
        }
        return edges;
    }

    /** Band powers of the Hann-windowed frame at {@code start}; samples outside the signal count as silence. */
    private static double[] bandEnergies(float[] x, int start, double[] window, int fftSize, int[] edges) {
        double[] re = new double[fftSize];
        double[] im = new double[fftSize];
        for (int n = 0; n < window.length; n++) {
            int i = start + n;
            re[n] = i >= 0 && i < x.length ? x[i] * window[n] : 0;
        }
        Fft.transform(re, im, false);
        double[] bands = new double[BANDS];
        for (int b = 0; b < BANDS; b++) {
            double sum = 0;
            for (int k = edges[b]; k < edges[b + 1] && k <= fftSize / 2; k++) {
                sum += re[k] * re[k] + im[k] * im[k];
            }
            bands[b] = sum;
        }
        return bands;
    }

    private static double[][] toLog(double[][] bands, int[] frames) {
        double loudest = 0;
        for (int i : frames) {
            for (double e : bands[i]) {
                loudest = Math.max(loudest, e);
            }
        }
        double floor = Math.max(loudest * Math.pow(10, -FLOOR_DB / 10), Double.MIN_NORMAL);
        double[][] log = new double[frames.length][BANDS];
        for (int f = 0; f < frames.length; f++) {
            for (int b = 0; b < BANDS; b++) {
                log[f][b] = 10 * Math.log10(Math.max(bands[frames[f]][b], floor));
            }
        }
        return log;
    }

    private static double[] column(double[][] rows, int column) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][column];
        }
        return values;
    }

    /** Pearson correlation; 0 when either side does not vary (a band that stayed silent carries no envelope). */
    static double pearson(double[] a, double[] b) {
        double meanA = Arrays.stream(a).average().orElse(0);
        double meanB = Arrays.stream(b).average().orElse(0);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return aa <= 1e-12 || bb <= 1e-12 ? 0 : ab / Math.sqrt(aa * bb);
    }

    private static double[] hann(int length) {
        double[] w = new double[length];
        for (int n = 0; n < length; n++) {
            w[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / length);
        }
        return w;
    }
}
