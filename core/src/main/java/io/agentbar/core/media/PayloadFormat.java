package io.agentbar.core.media;

import java.util.Objects;

/**
 * One entry of an m-line's format list with its rtpmap and fmtp.
 *
 * @param payloadType 0..127
 * @param codec       what the payload type maps to
 * @param fmtp        format parameters without the {@code a=fmtp:PT } prefix; empty when none
 */
public record PayloadFormat(int payloadType, Codec codec, String fmtp) {
    public PayloadFormat {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type out of range: " + payloadType);
        }
        Objects.requireNonNull(codec, "codec");
        fmtp = fmtp == null ? "" : fmtp;
    }

    /** AgentBar's default formats: Opus with in-band FEC, G.711 and DTMF events (RFC 7587, 4733). */
    public static PayloadFormat opus(int pt) {
        return new PayloadFormat(pt, Codec.OPUS, "minptime=10;useinbandfec=1");
    }

    public static PayloadFormat telephoneEvent(int pt) {
        return new PayloadFormat(pt, Codec.TELEPHONE_EVENT, "0-16");
    }

    public static PayloadFormat staticFormat(Codec codec) {
        return new PayloadFormat(codec.staticPayloadType().orElseThrow(), codec, "");
    }
}
