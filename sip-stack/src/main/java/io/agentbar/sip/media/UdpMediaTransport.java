package io.agentbar.sip.media;

import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.PacketChannel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import io.agentbar.core.media.MediaDescription;
import java.util.Optional;

/** Plain RTP and RTCP of one call over two bound UDP sockets; see the package description. */
public final class UdpMediaTransport implements MediaTransport {
    private final InetSocketAddress localRtp;
    private final InetSocketAddress localRtcp;
    private final LatchingChannel rtp;
    private final LatchingChannel rtcp;

    UdpMediaTransport(DatagramChannel rtpSocket, DatagramChannel rtcpSocket) throws IOException {
        this.localRtp = (InetSocketAddress) rtpSocket.getLocalAddress();
        this.localRtcp = (InetSocketAddress) rtcpSocket.getLocalAddress();
        this.rtcp = new LatchingChannel(rtcpSocket, LatchingChannel.Kind.RTCP, source -> {
        });
        this.rtp = new LatchingChannel(rtpSocket, LatchingChannel.Kind.RTP,
                source -> rtcp.follow(new InetSocketAddress(source.getAddress(), source.getPort() + 1)));
    }

    @Override
    public InetSocketAddress localRtp() {
        return localRtp;
    }

    @Override
    public InetSocketAddress localRtcp() {
        return localRtcp;
    }

    @Override
    public CompletionStage<Void> connect(MediaDescription remote) {
        rtp.connect(Objects.requireNonNull(remote.rtp(), "remote RTP"));
        rtcp.connect(Objects.requireNonNull(remote.rtcp(), "remote RTCP"));
        return MediaTransport.ready();
    }

    /** Where RTP goes now: the SDP address, or the source it latched to; empty before {@link #connect}. */
    public Optional<InetSocketAddress> remoteRtp() {
        return Optional.ofNullable(rtp.remote());
    }

    @Override
    public PacketChannel rtp() {
        return rtp;
    }

    @Override
    public PacketChannel rtcp() {
        return rtcp;
    }

    @Override
    public void close() {
        rtp.close();
        rtcp.close();
    }
}
