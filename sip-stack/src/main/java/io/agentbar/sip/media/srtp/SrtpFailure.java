package io.agentbar.sip.media.srtp;

import java.util.Optional;

/**
 * Why a packet was not (un)protected. {@link SrtpSession} returns these as negative {@link #code()}s
 * in place of a length, so the per-packet path allocates nothing.
 */
public enum SrtpFailure {
    /** The tag did not verify: tampered, wrong key, or not from our peer. */
    AUTHENTICATION(-1),
    /** Seen before, or older than the 64-packet replay window (RFC 3711 §3.3.2). */
    REPLAY(-2),
    /** Too short, not RTP/RTCP version 2, no room for the tag, or too many SSRCs. */
    INVALID(-3);

    private final int code;

    SrtpFailure(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The failure a session method's result stands for; empty for a length (≥ 0). */
    public static Optional<SrtpFailure> of(int result) {
        for (SrtpFailure failure : values()) {
            if (failure.code == result) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }
}
