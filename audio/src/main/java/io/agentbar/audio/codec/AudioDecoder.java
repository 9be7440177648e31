package io.agentbar.audio.codec;

/** Turns RTP payloads into 48 kHz mono samples and hides lost packets. One per stream and thread. */
public interface AudioDecoder {
    /**
     * Decodes one payload into {@code out}, which holds at least
     * {@link io.agentbar.audio.pcm.PcmFormat#MAX_PACKET_SAMPLES} samples.
     *
     * @return samples written; 0 when the payload was garbage (the caller conceals instead)
     */
    int decode(byte[] payload, int offset, int length, short[] out);

    /**
     * Fills {@code samples} samples (a multiple of 2.5 ms) in place of a packet that never came.
     *
     * @return samples written
     */
    int conceal(short[] out, int samples);

    /**
     * Rebuilds the lost packet that precedes {@code next}, using the redundancy the codec carries
     * in {@code next} (Opus in-band FEC). Codecs without redundancy conceal. {@code next} is still
     * decoded normally afterwards.
     *
     * @return samples written
     */
    default int recover(byte[] next, int offset, int length, short[] out, int samples) {
        return conceal(out, samples);
    }
}
