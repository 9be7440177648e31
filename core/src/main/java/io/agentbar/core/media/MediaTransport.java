package io.agentbar.core.media;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The packet path of one media stream, given by signalling to the audio engine: plain RTP, SDES
 * SRTP, or ICE with DTLS-SRTP. The audio engine only sees {@link #rtp()} and {@link #rtcp()};
 * protection, key agreement and connectivity checks happen below them.
 */
public interface MediaTransport extends AutoCloseable {
    /** Where we receive RTP: goes into our SDP (ICE's default candidate for ICE transports). */
    InetSocketAddress localRtp();

    /** Where we receive RTCP (the RTP address itself with rtcp-mux). */
    InetSocketAddress localRtcp();

    /** What our SDP says about this transport: profile, keys, fingerprint, ICE. Plain RTP by default. */
    default TransportAttributes localAttributes() {
        return TransportAttributes.plain();
    }

    /**
     * Starts the path towards the negotiated remote description: sets where packets go and runs
     * whatever must happen before protected media can flow (ICE checks, DTLS handshake). Returns
     * at once; the stage completes when media can flow, or fails with a reason the user can read
     * (a wrong DTLS fingerprint, ICE failure), in which case the call cannot carry audio.
     * Packets sent before then are dropped.
     */
    CompletionStage<Void> connect(MediaDescription remote);

    /** Plain RTP shorthand: send to these addresses. */
    default void connect(InetSocketAddress remoteRtp, InetSocketAddress remoteRtcp) {
        connect(new MediaDescription(remoteRtp, remoteRtcp, List.of(), MediaDirection.SENDRECV, 20));
    }

    /** A stage that has already completed, for transports with nothing to set up. */
    static CompletionStage<Void> ready() {
        return CompletableFuture.completedFuture(null);
    }

    PacketChannel rtp();

    PacketChannel rtcp();

    @Override
    void close();
}
