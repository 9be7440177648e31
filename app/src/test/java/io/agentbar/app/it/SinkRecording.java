package io.agentbar.app.it;

import io.agentbar.app.it.peers.PulseAudio;
import io.agentbar.app.it.signal.SignalAnalysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * What a PulseAudio sink played, as parec writes it (raw 16-bit mono), read while it grows. Waits
 * are on the file's change events, with a short poll as a fallback for missed ones.
 */
final class SinkRecording {
    private final Path raw;

    SinkRecording(Path raw) {
        this.raw = raw;
    }

    /** Seconds recorded so far: a mark for {@link #awaitTones}. */
    double seconds() throws IOException {
        return Files.exists(raw) ? Files.size(raw) / 2.0 / PulseAudio.RATE : 0;
    }

    /**
     * Waits until, after {@code fromSeconds}, a window of {@code windowSeconds} carries each of
     * {@code hz} with at least {@code minRatio} of the window's energy; returns where that window starts.
     */
    double awaitTones(double fromSeconds, double windowSeconds, double minRatio, Duration timeout, double... hz)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            raw.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (true) {
                float[] samples = samples();
                int window = (int) (windowSeconds * PulseAudio.RATE);
                int step = window / 4;
                for (int from = (int) (fromSeconds * PulseAudio.RATE); from + window <= samples.length; from += step) {
                    if (carries(samples, from, window, minRatio, hz)) {
                        return (double) from / PulseAudio.RATE;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + Arrays.toString(hz) + " Hz after " + fromSeconds + " s in " + raw
                            + " (" + seconds() + " s recorded)");
                }
                WatchKey key = watch.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    /** The largest share of energy {@code hz} has in any window of {@code windowSeconds} between the two marks. */
    double strongest(double hz, double fromSeconds, double toSeconds, double windowSeconds) throws IOException {
        float[] samples = samples();
        int window = (int) (windowSeconds * PulseAudio.RATE);
        int end = Math.min(samples.length, (int) (toSeconds * PulseAudio.RATE));
        double best = 0;
        for (int from = (int) (fromSeconds * PulseAudio.RATE); from + window <= end; from += window / 4) {
            if (SignalAnalysis.rms(samples, from, window) > SignalAnalysis.SILENCE_RMS) {
                best = Math.max(best, SignalAnalysis.toneEnergyRatio(samples, from, window, PulseAudio.RATE, hz));
            }
        }
        return best;
    }

    private static boolean carries(float[] samples, int from, int window, double minRatio, double... hz) {
        if (SignalAnalysis.rms(samples, from, window) <= SignalAnalysis.SILENCE_RMS) {
            return false;
        }
        for (double f : hz) {
            if (SignalAnalysis.toneEnergyRatio(samples, from, window, PulseAudio.RATE, f) < minRatio) {
                return false;
            }
        }
        return true;
    }

    private float[] samples() throws IOException {
        if (!Files.exists(raw)) {
            return new float[0];
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.remaining() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.getShort() / 32768f;
        }
        return out;
    }
}
