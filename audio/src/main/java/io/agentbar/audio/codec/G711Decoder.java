package io.agentbar.audio.codec;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.pcm.Resampler;

/**
 * PCMU/PCMA decoder: expand to 8 kHz, interpolate to 48 kHz. Loss is hidden by repeating the
 * last good 8 kHz packet with a fading gain (halved each lost packet, silent after four); crude
 * next to G.711 Appendix I, but it avoids clicks and never invents energy for long.
 */
final class G711Decoder implements AudioDecoder {
    private static final int NARROW_RATE = 8000;
    private static final int MAX_NARROW = PcmFormat.MAX_PACKET_SAMPLES / 6;
    private static final int MAX_CONCEALED = 4;

    private final G711.Law law;
    private final Resampler interpolator = new Resampler(NARROW_RATE, PcmFormat.SAMPLE_RATE, MAX_NARROW);
    private final short[] narrow = new short[MAX_NARROW];
    private final short[] last = new short[MAX_NARROW];
    private int lastLength;
    private int concealed;

    G711Decoder(G711.Law law) {
        this.law = law;
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out) {
        if (length <= 0 || length > MAX_NARROW) {
            return 0;
        }
        for (int i = 0; i < length; i++) {
            narrow[i] = G711.decode(law, payload[offset + i]);
        }
        System.arraycopy(narrow, 0, last, 0, length);
        lastLength = length;
        concealed = 0;
        return interpolate(length, out);
    }

    @Override
    public int conceal(short[] out, int samples) {
        int length = Math.min(MAX_NARROW, Math.max(1, samples / 6));
        concealed++;
        if (concealed > MAX_CONCEALED || lastLength == 0) {
            java.util.Arrays.fill(narrow, 0, length, (short) 0);
        } else {
            int shift = concealed; // gain 1/2, 1/4, 1/8, 1/16
            for (int i = 0; i < length; i++) {
                narrow[i] = (short) (last[i % lastLength] >> shift);
            }
        }
        return interpolate(length, out);
    }

    private int interpolate(int length, short[] out) {
        return interpolator.process(narrow, 0, length, out, 0);
    }
}
