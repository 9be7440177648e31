package io.agentbar.core.media;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One audio stream as described by an SDP offer or answer, in domain terms.
 *
 * @param rtp        where this side receives RTP (port 0 means the stream is rejected)
 * @param rtcp       where this side receives RTCP (RFC 3605 {@code a=rtcp}, else port + 1)
 * @param formats    in preference order
 * @param direction  sendrecv, sendonly, recvonly or inactive
 * @param ptimeMillis packetisation time, 20 unless stated
 * @param transport  profile, keys, fingerprint, ICE and rtcp-mux; plain RTP unless stated
 */
public record MediaDescription(InetSocketAddress rtp, InetSocketAddress rtcp, List<PayloadFormat> formats,
                               MediaDirection direction, int ptimeMillis, TransportAttributes transport) {
    /** A plain RTP/AVP stream. */
    public MediaDescription(InetSocketAddress rtp, InetSocketAddress rtcp, List<PayloadFormat> formats,
                            MediaDirection direction, int ptimeMillis) {
        this(rtp, rtcp, formats, direction, ptimeMillis, TransportAttributes.plain());
    }

    public MediaDescription {
        transport = transport == null ? TransportAttributes.plain() : transport;
        Objects.requireNonNull(rtp, "rtp");
        formats = List.copyOf(formats);
        direction = direction == null ? MediaDirection.SENDRECV : direction;
        ptimeMillis = ptimeMillis <= 0 ? 20 : ptimeMillis;
        rtcp = rtcp == null ? new InetSocketAddress(rtp.getAddress(), rtp.getPort() == 0 ? 0 : rtp.getPort() + 1) : rtcp;
    }

    public MediaDescription withDirection(MediaDirection newDirection) {
        return new MediaDescription(rtp, rtcp, formats, newDirection, ptimeMillis, transport);
    }

    public MediaDescription withTransport(TransportAttributes attributes) {
        return new MediaDescription(rtp, rtcp, formats, direction, ptimeMillis, attributes);
    }

    /** The same stream at another address (ICE's default candidate, for instance). */
    public MediaDescription withAddresses(InetSocketAddress newRtp, InetSocketAddress newRtcp) {
        return new MediaDescription(newRtp, newRtcp, formats, direction, ptimeMillis, transport);
    }

    public boolean rejected() {
        return rtp.getPort() == 0;
    }

    public Optional<PayloadFormat> format(Codec codec) {
        return formats.stream().filter(f -> f.codec() == codec).findFirst();
    }

    public Optional<PayloadFormat> formatByType(int payloadType) {
        return formats.stream().filter(f -> f.payloadType() == payloadType).findFirst();
    }
}
