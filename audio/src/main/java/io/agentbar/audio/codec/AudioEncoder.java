package io.agentbar.audio.codec;

/** Turns 20 ms device frames (48 kHz mono) into RTP payloads. One per stream and thread. */
public interface AudioEncoder {
    /**
     * Encodes one frame of {@link io.agentbar.audio.pcm.PcmFormat#FRAME_SAMPLES} samples.
     *
     * @return the payload length written at {@code out[offset]}, or 0 when the frame could not
     *         be encoded (the caller skips the packet but keeps the RTP clock running)
     */
    int encode(short[] frame, byte[] out, int offset, int maxLength);

    /** How far the RTP timestamp advances per 20 ms frame (960 for Opus, 160 for G.711). */
    int timestampIncrement();

    /** Tells the encoder how much loss the far end reports, so it can spend bits on FEC. */
    default void expectLoss(int percent) {
    }
}
