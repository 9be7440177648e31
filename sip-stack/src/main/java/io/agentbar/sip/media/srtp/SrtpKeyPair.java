package io.agentbar.sip.media.srtp;

import java.util.Objects;

/** What a key exchange agreed: we send with {@code local}, the peer sends with {@code remote}. */
public record SrtpKeyPair(SrtpKeys local, SrtpKeys remote) {

    public SrtpKeyPair {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        if (local.suite() != remote.suite()) {
            throw new IllegalArgumentException("local " + local.suite() + " but remote " + remote.suite());
        }
    }

    public SrtpSuite suite() {
        return local.suite();
    }
}
