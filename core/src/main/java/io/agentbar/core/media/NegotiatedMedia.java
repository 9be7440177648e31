package io.agentbar.core.media;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of offer/answer for one audio stream: what to send, where, and how.
 *
 * @param audio          the one audio format both sides send (first common format of the answer)
 * @param telephoneEvent RFC 4733 events, when both sides support them
 * @param remoteRtp      where to send RTP (symmetric RTP may later latch to the real source)
 * @param remoteRtcp     where to send RTCP
 * @param direction      our direction
 * @param ptimeMillis    packetisation time
 */
public record NegotiatedMedia(PayloadFormat audio, Optional<PayloadFormat> telephoneEvent,
                              InetSocketAddress remoteRtp, InetSocketAddress remoteRtcp,
                              MediaDirection direction, int ptimeMillis) {
    public NegotiatedMedia {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(remoteRtp, "remoteRtp");
        telephoneEvent = telephoneEvent == null ? Optional.empty() : telephoneEvent;
        direction = direction == null ? MediaDirection.SENDRECV : direction;
        ptimeMillis = ptimeMillis <= 0 ? 20 : ptimeMillis;
    }

    public Codec codec() {
        return audio.codec();
    }
}
