package io.agentbar.bench.codec;

/**
 * How long a codec took for a run of 20 ms frames, timed as one block after its warm-up.
 *
 * @param frames     frames timed
 * @param totalNanos wall time for all of them
 * @param bytes      Opus payload bytes produced (encode) or consumed (decode)
 */
record FrameTiming(long frames, long totalNanos, long bytes) {
    FrameTiming {
        if (frames <= 0 || totalNanos <= 0) {
            throw new IllegalArgumentException("nothing was timed: " + frames + " frames in " + totalNanos + " ns");
        }
    }

    double microsPerFrame() {
        return totalNanos / 1000.0 / frames;
    }

    double bytesPerFrame() {
        return (double) bytes / frames;
    }
}
