package io.agentbar.audio.pcm;

/**
 * The one format audio devices and the pipeline run at. Everything is converted at the edges
 * (codecs, WAV files) so that the stages in between never negotiate formats.
 */
public final class PcmFormat {
    /** Opus's native rate; G.711 is resampled to and from it. */
    public static final int SAMPLE_RATE = 48_000;
    public static final int FRAME_MILLIS = 20;
    /** Samples in one 20 ms frame. */
    public static final int FRAME_SAMPLES = SAMPLE_RATE * FRAME_MILLIS / 1000;
    /** Bytes in one frame of 16-bit little-endian mono. */
    public static final int FRAME_BYTES = FRAME_SAMPLES * 2;
    /** The longest a single RTP packet may last (Opus allows 120 ms), in device samples. */
    public static final int MAX_PACKET_SAMPLES = SAMPLE_RATE * 120 / 1000;

    private PcmFormat() {
    }

    /** Rounds and clamps to the 16-bit range. */
    public static short clamp(double sample) {
        long r = Math.round(sample);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }
}
