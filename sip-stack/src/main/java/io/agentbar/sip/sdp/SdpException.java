package io.agentbar.sip.sdp;

import java.io.Serial;

/** SDP text we cannot use, with a reason short enough for a debug log or a Warning header. */
public final class SdpException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public SdpException(String message) {
        super(message);
    }
}
