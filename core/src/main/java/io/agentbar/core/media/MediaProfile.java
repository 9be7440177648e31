package io.agentbar.core.media;

import java.util.Locale;

/**
 * How an account protects and routes its media, chosen per account like the PBX endpoint's own
 * setting (Asterisk {@code media_encryption} / {@code webrtc}).
 */
public enum MediaProfile {
    /** Plain RTP/AVP: classic SIP phones on trusted networks. */
    RTP(RtpProfile.AVP),
    /** RTP/SAVP with keys in the SDP (RFC 4568): only over TLS or WSS, since the keys travel in the SDP. */
    SDES(RtpProfile.SAVP),
    /** UDP/TLS/RTP/SAVPF with ICE, DTLS-SRTP, rtcp-mux and AVPF: the browser bar's profile. */
    WEBRTC(RtpProfile.DTLS_SAVPF);

    private final RtpProfile offered;

    MediaProfile(RtpProfile offered) {
        this.offered = offered;
    }

    /** The m= protocol we offer with this profile. */
    public RtpProfile offered() {
        return offered;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MediaProfile parse(String text) {
        for (MediaProfile p : values()) {
            if (p.token().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown media profile '" + text + "' (expected rtp, sdes or webrtc)");
    }
}
