package io.agentbar.sip.media.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate fingerprint as signalled in {@code a=fingerprint:<hash-function> <hex:hex:...>}
 * (RFC 8122 §5). The components are normalised (hash function lower case, hex upper case), so
 * {@code equals} compares case-insensitively, as RFC 8122 requires of the hex digits.
 *
 * <p>Only the SHA family is accepted; md2/md5 fingerprints are forbidden by RFC 8122 §5 and are
 * treated like any other unknown hash function.
 */
public record Fingerprint(String hashFunction, String value) {
    /** SDP hash-function token → digest length in bytes. The JCA name is the token in upper case. */
    private static final Map<String, Integer> DIGEST_LENGTHS =
            Map.of("sha-1", 20, "sha-224", 28, "sha-256", 32, "sha-384", 48, "sha-512", 64);
    private static final Pattern HEX_PAIRS = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2})*");
    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public Fingerprint {
        hashFunction = hashFunction.strip().toLowerCase(Locale.ROOT);
        value = value.strip().toUpperCase(Locale.ROOT);
        Integer length = DIGEST_LENGTHS.get(hashFunction);
        if (length == null) {
            throw new IllegalArgumentException("unsupported fingerprint hash function: " + hashFunction);
        }
        if (!HEX_PAIRS.matcher(value).matches() || (value.length() + 1) / 3 != length) {
            throw new IllegalArgumentException("malformed " + hashFunction + " fingerprint");
        }
    }

    /**
     * Reads the value of an {@code a=fingerprint} attribute, e.g. {@code "sha-256 AB:CD:..."}; empty when
     * the hash function is unsupported or the hex is malformed (the caller drops the attribute).
     */
    public static Optional<Fingerprint> parse(String attributeValue) {
        if (attributeValue == null) {
            return Optional.empty();
        }
        String[] parts = attributeValue.strip().split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fingerprint(parts[0], parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The fingerprint of a DER-encoded certificate with the given hash function ("sha-256", ...). */
    public static Fingerprint of(String hashFunction, byte[] derCertificate) {
        String h = hashFunction.toLowerCase(Locale.ROOT);
        if (!DIGEST_LENGTHS.containsKey(h)) {
            throw new IllegalArgumentException("unsupported fingerprint hash function: " + hashFunction);
        }
        return new Fingerprint(h, COLON_HEX.formatHex(digest(h, derCertificate)));
    }

    /** Whether this fingerprint was taken over exactly this DER certificate. */
    public boolean matches(byte[] derCertificate) {
        byte[] expected = COLON_HEX.parseHex(value);
        return MessageDigest.isEqual(expected, digest(hashFunction, derCertificate));
    }

    /** The attribute value, as written after {@code a=fingerprint:}. */
    public String sdpValue() {
        return hashFunction + " " + value;
    }

    private static byte[] digest(String hashFunction, byte[] data) {
        try {
            return MessageDigest.getInstance(hashFunction.toUpperCase(Locale.ROOT)).digest(data);
        } catch (NoSuchAlgorithmException e) {
            // every JDK ships SHA-1 and SHA-2 (a required JCA algorithm set), so this is a broken runtime
            throw new IllegalStateException(e);
        }
    }
}
