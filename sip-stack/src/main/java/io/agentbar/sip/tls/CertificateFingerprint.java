package io.agentbar.sip.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of a certificate's DER encoding: what a user approves to pin a server certificate
 * no CA vouches for (a PBX's self-signed one). Written as colon-separated upper-case hex, the way
 * {@code openssl x509 -fingerprint -sha256} and browsers show it.
 */
public record CertificateFingerprint(byte[] sha256) {
    private static final HexFormat HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public CertificateFingerprint {
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 fingerprint has 32 bytes");
        }
        sha256 = sha256.clone();
    }

    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            return new CertificateFingerprint(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            // a certificate that came out of a handshake or a PEM file always encodes; SHA-256 always exists
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    /**
     * Reads {@code AB:CD:…}, {@code ab cd …} or plain hex, optionally prefixed with {@code SHA-256 }
     * or openssl's {@code sha256 Fingerprint=}, as users paste it from openssl, a browser or our own
     * error message.
     */
    public static CertificateFingerprint parse(String text) {
        String t = text.strip();
        if (t.indexOf('=') >= 0) {
            t = t.substring(t.lastIndexOf('=') + 1);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"sha-256", "sha256"}) {
            if (lower.startsWith(prefix)) {
                t = t.substring(prefix.length()).replaceFirst("^[\\s:=]+", "");
                break;
            }
        }
        String hex = t.replaceAll("[\\s:]", "");
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits): " + text);
        }
        return new CertificateFingerprint(HexFormat.of().parseHex(hex));
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateFingerprint f && Arrays.equals(sha256, f.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return HEX.formatHex(sha256);
    }
}
