package io.agentbar.sip.media.srtp;

import org.jitsi.srtp.SrtpPolicy;

import java.util.Optional;

/**
 * The SRTP protection profiles we support, named as SDES (RFC 4568 §6.2, RFC 7714 §14.2) names them
 * and numbered as DTLS-SRTP (RFC 5764 §4.1.2, RFC 7714 §14.1) numbers them.
 *
 * <p>The order of the constants is our preference order: {@code _80} first because every PBX
 * speaks it, then GCM, then {@code _32} (a short RTP tag is only worth it on tight links).
 */
public enum SrtpSuite {
    AES_CM_128_HMAC_SHA1_80(16, 14, 10, 10, 1),
    /** RFC 4568 §6.2.1: only the SRTP tag is cut to 32 bits; SRTCP keeps its 80-bit tag. */
    AES_CM_128_HMAC_SHA1_32(16, 14, 4, 10, 2),
    /** RFC 7714: 96-bit salt, and the 16-byte GCM tag replaces the HMAC. */
    AEAD_AES_128_GCM(16, 12, 16, 16, 7);

    /** RFC 3711 §3.4: every SRTCP packet carries the E flag and a 31-bit index before the tag. */
    private static final int SRTCP_INDEX_LENGTH = 4;
    private static final int HMAC_SHA1_KEY_LENGTH = 20;

    private final int masterKeyLength;
    private final int masterSaltLength;
    private final int rtpTagLength;
    private final int rtcpTagLength;
    private final int dtlsProfileId;

    SrtpSuite(int masterKeyLength, int masterSaltLength, int rtpTagLength, int rtcpTagLength, int dtlsProfileId) {
        this.masterKeyLength = masterKeyLength;
        this.masterSaltLength = masterSaltLength;
        this.rtpTagLength = rtpTagLength;
        this.rtcpTagLength = rtcpTagLength;
        this.dtlsProfileId = dtlsProfileId;
    }

    /** The crypto-suite token of an SDES {@code a=crypto} line. */
    public String sdpName() {
        return name();
    }

    public int masterKeyLength() {
        return masterKeyLength;
    }

    public int masterSaltLength() {
        return masterSaltLength;
    }

    /** Bytes SRTP appends to an RTP packet: the authentication tag. */
    public int rtpOverhead() {
        return rtpTagLength;
    }

    /** Bytes SRTCP appends to an RTCP packet: the E flag and index, then the tag. */
    public int rtcpOverhead() {
        return SRTCP_INDEX_LENGTH + rtcpTagLength;
    }

    /** The SRTPProtectionProfile value in the DTLS {@code use_srtp} extension. */
    public int dtlsProfileId() {
        return dtlsProfileId;
    }

    public static Optional<SrtpSuite> fromSdpName(String name) {
        for (SrtpSuite suite : values()) {
            if (suite.name().equals(name)) {
                return Optional.of(suite);
            }
        }
        return Optional.empty();
    }

    public static Optional<SrtpSuite> fromDtlsProfileId(int id) {
        for (SrtpSuite suite : values()) {
            if (suite.dtlsProfileId == id) {
                return Optional.of(suite);
            }
        }
        return Optional.empty();
    }

    SrtpPolicy srtpPolicy() {
        return policy(rtpTagLength);
    }

    SrtpPolicy srtcpPolicy() {
        return policy(rtcpTagLength);
    }

    private SrtpPolicy policy(int tagLength) {
        SrtpPolicy policy = this == AEAD_AES_128_GCM
                ? new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, masterKeyLength,
                        SrtpPolicy.NULL_AUTHENTICATION, 0, tagLength, masterSaltLength)
                : new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, masterKeyLength,
                        SrtpPolicy.HMACSHA1_AUTHENTICATION, HMAC_SHA1_KEY_LENGTH, tagLength, masterSaltLength);
        // Receive-side replay protection is the point (RFC 3711 §3.3.2); the send-side check stops
        // us from ever encrypting two packets under one index, which would reuse the keystream.
        policy.setReceiveReplayEnabled(true);
        policy.setSendReplayEnabled(true);
        return policy;
    }
}
