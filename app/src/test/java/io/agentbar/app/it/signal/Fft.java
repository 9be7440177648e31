package io.agentbar.app.it.signal;

/**
 * An in-place iterative radix-2 complex FFT: enough for tone detection, band energies and
 * cross-correlation, without a dependency. Shared by the test analysis and the benchmarks.
 */
public final class Fft {
    private Fft() {
    }

    /** The smallest power of two that is at least {@code n}. */
    public static int size(int n) {
        int size = 1;
        while (size < n) {
            size <<= 1;
        }
        return size;
    }

    /**
     * Transforms {@code re}/{@code im} (same power-of-two length) in place; {@code inverse} also divides by the
     * length, so a forward then inverse transform returns the input.
     */
    public static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (n != im.length || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("need equal power-of-two lengths: " + n + ", " + im.length);
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
            double stepRe = Math.cos(angle);
            double stepIm = Math.sin(angle);
            for (int start = 0; start < n; start += length) {
                double wRe = 1;
                double wIm = 0;
                for (int k = 0; k < length / 2; k++) {
                    int a = start + k;
                    int b = a + length / 2;
                    double xRe = re[b] * wRe - im[b] * wIm;
                    double xIm = re[b] * wIm + im[b] * wRe;
                    re[b] = re[a] - xRe;
                    im[b] = im[a] - xIm;
                    re[a] += xRe;
                    im[a] += xIm;
                    double nextRe = wRe * stepRe - wIm * stepIm;
                    wIm = wRe * stepIm + wIm * stepRe;
                    wRe = nextRe;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                re[i] /= n;
                im[i] /= n;
            }
        }
    }

    /**
     * Cross-correlation {@code c[lag] = sum_n a[n] * b[n + lag]} for every lag in {@code -(a.length-1)..b.length-1};
     * element {@code lag + a.length - 1} of the result.
     */
    public static double[] crossCorrelation(float[] a, float[] b) {
        int n = size(a.length + b.length);
        double[] aRe = new double[n];
        double[] aIm = new double[n];
        double[] bRe = new double[n];
        double[] bIm = new double[n];
        for (int i = 0; i < a.length; i++) {
            aRe[i] = a[i];
        }
        for (int i = 0; i < b.length; i++) {
            bRe[i] = b[i];
        }
        transform(aRe, aIm, false);
        transform(bRe, bIm, false);
        // conj(A) * B gives sum a[n] b[n + lag] at index lag (negative lags wrap to the end)
        for (int i = 0; i < n; i++) {
            double re = aRe[i] * bRe[i] + aIm[i] * bIm[i];
            double im = aRe[i] * bIm[i] - aIm[i] * bRe[i];
            aRe[i] = re;
            aIm[i] = im;
        }
        transform(aRe, aIm, true);
        double[] result = new double[a.length + b.length - 1];
        for (int lag = -(a.length - 1); lag < b.length; lag++) {
            result[lag + a.length - 1] = aRe[Math.floorMod(lag, n)];
        }
        return result;
    }
}
