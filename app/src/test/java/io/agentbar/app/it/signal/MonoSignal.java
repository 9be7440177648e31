package io.agentbar.app.it.signal;

/**
 * Mono audio as floats in [-1, 1] with its sample rate: what {@link Wav#read} returns and {@link SignalAnalysis}
 * works on. The array is shared, not copied (signals in tests are large and never mutated).
 */
public record MonoSignal(float[] samples, int sampleRate) {

    public MonoSignal {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
    }

    public double durationSeconds() {
        return (double) samples.length / sampleRate;
    }

    /** The part between two times in seconds (clamped to the signal). */
    public MonoSignal slice(double fromSeconds, double toSeconds) {
        int from = clamp((int) Math.round(fromSeconds * sampleRate));
        int to = Math.max(from, clamp((int) Math.round(toSeconds * sampleRate)));
        float[] part = new float[to - from];
        System.arraycopy(samples, from, part, 0, part.length);
        return new MonoSignal(part, sampleRate);
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(samples.length, index));
    }
}
