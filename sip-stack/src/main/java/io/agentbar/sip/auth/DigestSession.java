package io.agentbar.sip.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The use of one nonce: each answer gets the next nonce count and a fresh random cnonce, so a
 * server that enforces nc (RFC 7616 §3.4) accepts cached credentials on the next refresh.
 * Confined to the signalling thread.
 */
public final class DigestSession {
    /** 128 bits: well above RFC 7616's "at least 64 bits" advice for cnonce entropy. */
    private static final int CNONCE_BYTES = 16;

    private final DigestChallenge challenge;
    private final DigestCredentials credentials;
    private final SecureRandom random;
    private long nonceCount;

    public DigestSession(DigestChallenge challenge, DigestCredentials credentials, SecureRandom random) {
        this.challenge = Objects.requireNonNull(challenge, "challenge");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.random = Objects.requireNonNull(random, "random");
    }

    public DigestChallenge challenge() {
        return challenge;
    }

    /** The answer for one request; every call counts one more use of the nonce. */
    public DigestResponse authorize(String method, String uri) {
        nonceCount++;
        byte[] c = new byte[CNONCE_BYTES];
        random.nextBytes(c);
        return DigestResponse.compute(challenge, credentials, method, uri, HexFormat.of().formatHex(c), nonceCount);
    }
}
