package io.agentbar.audio.codec;

import io.agentbar.audio.pcm.PcmFormat;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;

/**
 * Opus (Concentus) decoder at 48 kHz mono; stereo streams are down-mixed by the decoder. Garbage
 * payloads are concealed rather than thrown: bad input from the network never stops playout.
 */
final class OpusAudioDecoder implements AudioDecoder {
    /** Opus frames are multiples of 2.5 ms. */
    private static final int GRANULE = PcmFormat.SAMPLE_RATE / 400;

    private final OpusDecoder decoder;

    OpusAudioDecoder() {
        try {
            decoder = new OpusDecoder(PcmFormat.SAMPLE_RATE, 1);
        } catch (OpusException e) {
            throw new IllegalStateException("Opus decoder could not be created", e);
        }
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out) {
        if (length <= 0) {
            return 0;
        }
        try {
            return Math.max(0, decoder.decode(payload, offset, length, out, 0, PcmFormat.MAX_PACKET_SAMPLES, false));
        } catch (OpusException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public int conceal(short[] out, int samples) {
        int n = granules(samples);
        try {
            return Math.max(0, decoder.decode(null, 0, 0, out, 0, n, false));
        } catch (OpusException | RuntimeException e) {
            return silence(out, n);
        }
    }

    @Override
    public int recover(byte[] next, int offset, int length, short[] out, int samples) {
        int n = granules(samples);
        try {
            int decoded = decoder.decode(next, offset, length, out, 0, n, true);
            return decoded > 0 ? decoded : conceal(out, n);
        } catch (OpusException | RuntimeException e) {
            return conceal(out, n);
        }
    }

    private static int granules(int samples) {
        int n = Math.max(GRANULE, Math.min(PcmFormat.MAX_PACKET_SAMPLES, samples));
        return n - n % GRANULE;
    }

    private static int silence(short[] out, int n) {
        java.util.Arrays.fill(out, 0, n, (short) 0);
        return n;
    }
}
