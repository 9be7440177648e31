package io.agentbar.audio.pcm;

/**
 * A streaming rational resampler (up by L, low-pass, down by M) computed in polyphase form, so
 * only the outputs that survive decimation are computed and the zero-stuffed inputs are never
 * multiplied. The prototype filter is a Kaiser-windowed sinc (about 60 dB stop band) whose pass
 * band ends a little below the lower Nyquist frequency: for 8 kHz the band up to ~3.4 kHz passes
 * and everything above ~4.4 kHz is removed before it can alias.
 *
 * <p>One instance per stream and thread. {@link #process} allocates nothing.
 */
public final class Resampler {
    private static final double STOP_BAND_DB = 60;

    private final int inputRate;
    private final int outputRate;
    private final int up;
    private final int down;
    private final int taps;
    /** coefficients[phase][k] multiplies x[n - k]. */
    private final float[][] coefficients;
    /** The last taps-1 inputs of the previous block, followed by the current block. */
    private final float[] work;
    private final int maxInput;
    /** Upsampled-domain index of the next output, relative to the first sample of the next block. */
    private long next;

    /**
     * @param maxInput the largest block {@link #process} will be given
     */
    public Resampler(int inputRate, int outputRate, int maxInput) {
        if (inputRate <= 0 || outputRate <= 0 || maxInput <= 0) {
            throw new IllegalArgumentException("rates and block size must be positive");
        }
        int g = gcd(inputRate, outputRate);
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.up = outputRate / g;
        this.down = inputRate / g;
        this.maxInput = maxInput;
        if (up == 1 && down == 1) {
            taps = 1;
            coefficients = new float[][] {{1f}};
        } else {
            double upsampledRate = (double) inputRate * up;
            double band = Math.min(inputRate, outputRate);
            double cutoff = 0.4875 * band;
            double transition = 0.125 * band;
            double beta = 0.1102 * (STOP_BAND_DB - 8.7);
            int length = (int) Math.ceil((STOP_BAND_DB - 8) / (2.285 * 2 * Math.PI * transition / upsampledRate));
            taps = Math.max(4, (length + up - 1) / up);
            coefficients = design(up, taps, cutoff / upsampledRate, beta);
        }
        work = new float[taps - 1 + maxInput];
    }

    public int inputRate() {
        return inputRate;
    }

    public int outputRate() {
        return outputRate;
    }

    /** The most outputs {@link #process} can produce for {@code inputLength} inputs. */
    public int maxOutput(int inputLength) {
        return (int) (((long) inputLength * up + down - 1) / down) + 1;
    }

    /**
     * Resamples one block.
     *
     * @return the number of samples written to {@code out}
     */
    public int process(short[] in, int inOffset, int inLength, short[] out, int outOffset) {
        if (inLength > maxInput) {
            throw new IllegalArgumentException("block of " + inLength + " exceeds " + maxInput);
        }
        int history = taps - 1;
        for (int i = 0; i < inLength; i++) {
            work[history + i] = in[inOffset + i];
        }
        int produced = 0;
        long end = (long) inLength * up;
        long u = next;
        while (u < end) {
            int n = (int) (u / up);
            int phase = (int) (u % up);
            float[] h = coefficients[phase];
            int base = history + n;
            float acc = 0f;
            for (int k = 0; k < taps; k++) {
                acc += h[k] * work[base - k];
            }
            out[outOffset + produced++] = PcmFormat.clamp(acc);
            u += down;
        }
        next = u - end;
        // keep the newest taps-1 samples (including older history when the block was short)
        System.arraycopy(work, inLength, work, 0, history);
        return produced;
    }

    /** Clears the filter history, as after a discontinuity. */
    public void reset() {
        java.util.Arrays.fill(work, 0f);
        next = 0;
    }

    /** Converts a whole signal at once (for files, not for the hot path: this allocates). */
    public static short[] convert(short[] in, int inputRate, int outputRate) {
        if (inputRate == outputRate) {
            return in.clone();
        }
        int block = 4096;
        Resampler r = new Resampler(inputRate, outputRate, block);
        // feed the filter's group delay worth of zeros at the end so the tail comes out, then trim the head
        int delay = r.groupDelayInputs();
        short[] padded = java.util.Arrays.copyOf(in, in.length + delay + 1);
        short[] out = new short[r.maxOutput(padded.length) + block];
        int written = 0;
        for (int off = 0; off < padded.length; off += block) {
            written += r.process(padded, off, Math.min(block, padded.length - off), out, written);
        }
        int skip = (int) Math.round((r.taps * r.up - 1) / 2.0 / r.down);
        int wanted = (int) ((long) in.length * outputRate / inputRate);
        int n = Math.min(wanted, Math.max(0, written - skip));
        return java.util.Arrays.copyOfRange(out, skip, skip + n);
    }

    /** The filter's delay, in input samples (rounded up). */
    public int groupDelayInputs() {
        return (int) Math.ceil((taps * up - 1) / 2.0 / up);
    }

    private static float[][] design(int up, int taps, double cutoff, double beta) {
        int length = up * taps;
        double centre = (length - 1) / 2.0;
        double[] h = new double[length];
        double sum = 0;
        double i0Beta = besselI0(beta);
        for (int i = 0; i < length; i++) {
            double x = i - centre;
            double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            double r = 2 * x / (length - 1);
            double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            h[i] = sinc * window;
            sum += h[i];
        }
        // unity gain at DC after zero-stuffing by `up`
        double gain = up / sum;
        float[][] phases = new float[up][taps];
        for (int p = 0; p < up; p++) {
            for (int k = 0; k < taps; k++) {
                phases[p][k] = (float) (h[p + k * up] * gain);
            }
        }
        return phases;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
