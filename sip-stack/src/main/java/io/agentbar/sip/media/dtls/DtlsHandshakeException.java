package io.agentbar.sip.media.dtls;

import java.io.IOException;

/** Why a DTLS-SRTP handshake produced no keys. Messages are safe to log: they never carry key material. */
public final class DtlsHandshakeException extends IOException {
    static final String FINGERPRINT_MESSAGE = "DTLS: the peer's certificate does not match a=fingerprint";

    /** The outcome class, for the call's end reason. */
    public enum Reason {
        /** The peer's certificate is missing or does not hash to its signalled fingerprint. */
        FINGERPRINT_MISMATCH,
        /** No completed handshake within the timeout (a silent or unreachable peer). */
        TIMEOUT,
        /** We closed (hung up) before the handshake completed. */
        CLOSED,
        /** Anything else: a fatal alert from the peer, no common suite or SRTP profile, broken I/O. */
        FAILED
    }

    private final Reason reason;

    DtlsHandshakeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
