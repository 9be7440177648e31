package io.agentbar.core.account;

import java.util.Locale;

/**
 * How an account sends the digits the agent presses during a call, chosen per account like the
 * PBX endpoint's own setting (Asterisk {@code dtmf_mode}): the two sides must agree, or an IVR
 * hears nothing.
 */
public enum DtmfMode {
    /** RTP telephone-events (RFC 4733); audio tones in the stream when the far end did not negotiate them. */
    RFC4733,
    /** SIP INFO with an {@code application/dtmf-relay} body, for PBXs that only listen to signalling. */
    INFO,
    /** RFC 4733 when telephone-event was negotiated, else SIP INFO (tones in the audio would be the worse guess). */
    AUTO;

    /** Whether a digit goes out as SIP INFO, given whether the call negotiated telephone-event. */
    public boolean sendsInfo(boolean telephoneEventNegotiated) {
        return this == INFO || (this == AUTO && !telephoneEventNegotiated);
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DtmfMode parse(String text) {
        for (DtmfMode m : values()) {
            if (m.token().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown DTMF mode '" + text + "' (expected rfc4733, info or auto)");
    }

    /** The DTMF keys: 0-9, *, # and the column A-D (RFC 4733 events 0-15); lower case a-d is accepted too. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D') || (c >= 'a' && c <= 'd');
    }
}
