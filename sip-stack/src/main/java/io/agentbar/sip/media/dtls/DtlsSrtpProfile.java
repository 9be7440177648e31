package io.agentbar.sip.media.dtls;

import java.util.List;
import java.util.Optional;

/**
 * The SRTP protection profiles we negotiate in the DTLS {@code use_srtp} extension (RFC 5764 §4.1.2,
 * RFC 7714 §14.2), in our order of preference: AES-CM/HMAC-SHA1-80 first because every peer we meet
 * (Asterisk, browsers, baresip) supports it, GCM next, the short-tag variant last.
 */
public enum DtlsSrtpProfile {
    AES128_CM_HMAC_SHA1_80(0x0001, "AES_CM_128_HMAC_SHA1_80", 16, 14),
    AEAD_AES_128_GCM(0x0007, "AEAD_AES_128_GCM", 16, 12),
    AES128_CM_HMAC_SHA1_32(0x0002, "AES_CM_128_HMAC_SHA1_32", 16, 14);

    private final int id;
    private final String cryptoSuite;
    private final int masterKeyLength;
    private final int masterSaltLength;

    DtlsSrtpProfile(int id, String cryptoSuite, int masterKeyLength, int masterSaltLength) {
        this.id = id;
        this.cryptoSuite = cryptoSuite;
        this.masterKeyLength = masterKeyLength;
        this.masterSaltLength = masterSaltLength;
    }

    /** The two-byte SRTPProtectionProfile value on the wire (bctls {@code SRTPProtectionProfile}). */
    public int id() {
        return id;
    }

    /** The same transform's SDES crypto-suite name (RFC 4568 §6.2, RFC 7714 §14.2), for the SRTP layer. */
    public String cryptoSuite() {
        return cryptoSuite;
    }

    /** Master key length in bytes. */
    public int masterKeyLength() {
        return masterKeyLength;
    }

    /** Master salt length in bytes: 14 for AES-CM, 12 for GCM (RFC 7714 §12). */
    public int masterSaltLength() {
        return masterSaltLength;
    }

    /** Our preference order, as offered in {@code use_srtp}. */
    public static List<DtlsSrtpProfile> preferred() {
        return List.of(values());
    }

    public static Optional<DtlsSrtpProfile> byId(int id) {
        for (DtlsSrtpProfile p : values()) {
            if (p.id == id) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
