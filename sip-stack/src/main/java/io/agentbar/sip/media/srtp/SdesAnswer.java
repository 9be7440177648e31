package io.agentbar.sip.media.srtp;

import io.agentbar.sip.log.Redaction;

import java.util.Objects;

/**
 * Our answer to an SDES offer: the {@code a=crypto} value to put in the answer SDP and the keys
 * the session will use. The line carries our key, so {@link #toString()} redacts it.
 */
public record SdesAnswer(String line, SrtpKeyPair keys) {

    public SdesAnswer {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(keys, "keys");
    }

    @Override
    public String toString() {
        return "SdesAnswer[line=" + Redaction.redact(line) + ", keys=" + keys + ']';
    }
}
