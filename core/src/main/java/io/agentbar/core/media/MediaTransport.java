package io.agentbar.core.media;

import java.net.InetSocketAddress;

/**
 * The packet path of one media stream, given by signalling to the audio engine. Plain RTP today;
 * SRTP and ICE variants implement the same interface.
 */
public interface MediaTransport extends AutoCloseable {
    /** Where we receive RTP: goes into our SDP. */
    InetSocketAddress localRtp();

    /** Where we receive RTCP. */
    InetSocketAddress localRtcp();

    /** Sets where packets go, from the negotiated SDP. Symmetric RTP may later latch to the real source. */
    void connect(InetSocketAddress remoteRtp, InetSocketAddress remoteRtcp);

    PacketChannel rtp();

    PacketChannel rtcp();

    @Override
    void close();
}
