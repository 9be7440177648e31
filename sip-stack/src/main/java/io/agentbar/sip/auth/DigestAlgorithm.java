package io.agentbar.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The digest algorithms of RFC 7616 §6.1 / RFC 8760, with their strength for choosing a challenge. */
public enum DigestAlgorithm {
    MD5("MD5", "MD5", false, 1),
    MD5_SESS("MD5-sess", "MD5", true, 1),
    SHA_256("SHA-256", "SHA-256", false, 2),
    SHA_256_SESS("SHA-256-sess", "SHA-256", true, 2),
    /** FIPS 180-4 SHA-512/256 (own initial values), not a truncated SHA-512; see RFC 7616 errata 4897. */
    SHA_512_256("SHA-512-256", "SHA-512/256", false, 3),
    SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true, 3);

    private final String token;
    private final String javaName;
    private final boolean session;
    private final int strength;

    DigestAlgorithm(String token, String javaName, boolean session, int strength) {
        this.token = token;
        this.javaName = javaName;
        this.session = session;
        this.strength = strength;
    }

    /** The name in the {@code algorithm=} parameter. */
    public String token() {
        return token;
    }

    /** Whether HA1 also folds in the nonce and cnonce (the {@code -sess} variants). */
    public boolean session() {
        return session;
    }

    /** Higher is stronger; used to pick one of several challenges (RFC 8760 §2.4). */
    public int strength() {
        return strength;
    }

    /** The lowercase hex digest of the bytes. */
    public String hex(byte[] data) {
        return HexFormat.of().formatHex(newDigest().digest(data));
    }

    public String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException e) {
            // every JDK 25 ships MD5, SHA-256 and SHA-512/256
            throw new IllegalStateException("JDK lacks " + javaName, e);
        }
    }

    /** The algorithm for a token, ignoring case; empty for unknown ones (MD2, AKAv1-MD5...). */
    public static Optional<DigestAlgorithm> byToken(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        for (DigestAlgorithm a : values()) {
            if (a.token.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
