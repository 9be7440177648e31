package io.agentbar.audio.codec;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.pcm.Resampler;

/** PCMU/PCMA encoder: low-pass and decimate 48 kHz to 8 kHz, then compand each sample. */
final class G711Encoder implements AudioEncoder {
    private static final int NARROW_FRAME = PcmFormat.FRAME_SAMPLES / 6;

    private final G711.Law law;
    private final Resampler decimator = new Resampler(PcmFormat.SAMPLE_RATE, 8000, PcmFormat.FRAME_SAMPLES);
    private final short[] narrow = new short[NARROW_FRAME + 2];

    G711Encoder(G711.Law law) {
        this.law = law;
    }

    @Override
    public int encode(short[] frame, byte[] out, int offset, int maxLength) {
        int n = decimator.process(frame, 0, PcmFormat.FRAME_SAMPLES, narrow, 0);
        if (n > maxLength) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            out[offset + i] = G711.encode(law, narrow[i]);
        }
        return n;
    }

    @Override
    public int timestampIncrement() {
        return NARROW_FRAME;
    }
}
