package io.agentbar.core.media;

import java.util.Locale;
import java.util.Optional;

/**
 * The transport protocol of an audio m-line (RFC 3551, 3711, 4585, 5124, 5764): whether media is
 * encrypted, how its keys are agreed, and whether RTCP feedback is in use.
 */
public enum RtpProfile {
    AVP("RTP/AVP", Keying.NONE, false),
    AVPF("RTP/AVPF", Keying.NONE, true),
    SAVP("RTP/SAVP", Keying.SDES, false),
    SAVPF("RTP/SAVPF", Keying.SDES, true),
    DTLS_SAVP("UDP/TLS/RTP/SAVP", Keying.DTLS, false),
    DTLS_SAVPF("UDP/TLS/RTP/SAVPF", Keying.DTLS, true);

    /** How the SRTP keys of a stream are agreed. */
    public enum Keying { NONE, SDES, DTLS }

    private final String token;
    private final Keying keying;
    private final boolean feedback;

    RtpProfile(String token, Keying keying, boolean feedback) {
        this.token = token;
        this.keying = keying;
        this.feedback = feedback;
    }

    /** As written on the m= line. */
    public String token() {
        return token;
    }

    public Keying keying() {
        return keying;
    }

    /** SRTP: keys agreed by SDES or DTLS. */
    public boolean encrypted() {
        return keying != Keying.NONE;
    }

    /** AVPF (RFC 4585): the peer may send RTCP feedback, which we accept. */
    public boolean feedback() {
        return feedback;
    }

    public static Optional<RtpProfile> parse(String token) {
        String t = token == null ? "" : token.strip().toUpperCase(Locale.ROOT);
        for (RtpProfile p : values()) {
            if (p.token.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
