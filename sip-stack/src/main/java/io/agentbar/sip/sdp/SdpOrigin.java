package io.agentbar.sip.sdp;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Our {@code o=} line's session id and version (RFC 8866 §5.2): the id stays for the whole call,
 * the version goes up whenever our description changes.
 */
public record SdpOrigin(long sessionId, long version) {
    public SdpOrigin {
        if (sessionId < 0 || version < 0) {
            throw new IllegalArgumentException("o= numbers must not be negative");
        }
    }

    /** A new session; the random id keeps two calls of this phone apart. */
    public static SdpOrigin random() {
        long id = ThreadLocalRandom.current().nextLong(1, 1L << 53);
        return new SdpOrigin(id, id);
    }

    public SdpOrigin next() {
        return new SdpOrigin(sessionId, version + 1);
    }
}
