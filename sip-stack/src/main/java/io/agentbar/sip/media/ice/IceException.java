package io.agentbar.sip.media.ice;

import java.io.Serial;

/** ICE could not gather or connect; the message says which step failed, never a secret. */
public final class IceException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public IceException(String message) {
        super(message);
    }

    public IceException(String message, Throwable cause) {
        super(message, cause);
    }
}
