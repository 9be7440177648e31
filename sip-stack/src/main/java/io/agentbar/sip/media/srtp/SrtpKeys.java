package io.agentbar.sip.media.srtp;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * One direction's SRTP master key and salt (RFC 3711 §3.2.1). The arrays are copied in and out,
 * so nobody can change a key behind the session's back, and {@link #toString()} never shows them.
 */
public record SrtpKeys(SrtpSuite suite, byte[] masterKey, byte[] masterSalt) {

    public SrtpKeys {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(masterKey, "masterKey");
        Objects.requireNonNull(masterSalt, "masterSalt");
        if (masterKey.length != suite.masterKeyLength()) {
            throw new IllegalArgumentException(suite + " needs a " + suite.masterKeyLength()
                    + "-byte master key, got " + masterKey.length + " bytes");
        }
        if (masterSalt.length != suite.masterSaltLength()) {
            throw new IllegalArgumentException(suite + " needs a " + suite.masterSaltLength()
                    + "-byte master salt, got " + masterSalt.length + " bytes");
        }
        masterKey = masterKey.clone();
        masterSalt = masterSalt.clone();
    }

    public static SrtpKeys random(SrtpSuite suite, SecureRandom random) {
        byte[] key = new byte[suite.masterKeyLength()];
        byte[] salt = new byte[suite.masterSaltLength()];
        random.nextBytes(key);
        random.nextBytes(salt);
        return new SrtpKeys(suite, key, salt);
    }

    /** Splits the concatenation {@code key || salt} used by SDES (RFC 4568 §6.1) and DTLS-SRTP. */
    static SrtpKeys fromConcatenated(SrtpSuite suite, byte[] keyAndSalt) {
        int keyLength = suite.masterKeyLength();
        if (keyAndSalt.length != keyLength + suite.masterSaltLength()) {
            throw new IllegalArgumentException("wrong key and salt length for " + suite);
        }
        return new SrtpKeys(suite, Arrays.copyOf(keyAndSalt, keyLength),
                Arrays.copyOfRange(keyAndSalt, keyLength, keyAndSalt.length));
    }

    byte[] concatenated() {
        byte[] both = Arrays.copyOf(masterKey, masterKey.length + masterSalt.length);
        System.arraycopy(masterSalt, 0, both, masterKey.length, masterSalt.length);
        return both;
    }

    @Override
    public byte[] masterKey() {
        return masterKey.clone();
    }

    @Override
    public byte[] masterSalt() {
        return masterSalt.clone();
    }

    @Override
    public boolean equals(Object other) {
        // constant time, so comparing keys (e.g. to spot a reflected key) leaks nothing
        return other instanceof SrtpKeys that && suite == that.suite
                && MessageDigest.isEqual(masterKey, that.masterKey)
                && MessageDigest.isEqual(masterSalt, that.masterSalt);
    }

    @Override
    public int hashCode() {
        return suite.hashCode(); // key bytes stay out of hash tables and heap dumps of them
    }

    @Override
    public String toString() {
        return "SrtpKeys[suite=" + suite + ", masterKey=<redacted>, masterSalt=<redacted>]";
    }
}
