package io.agentbar.sip.media;

import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.PacketChannel;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.core.media.TransportAttributes;
import io.agentbar.sip.media.srtp.SrtpKeyPair;
import io.agentbar.sip.media.srtp.SrtpPacketChannel;
import io.agentbar.sip.media.srtp.SrtpSession;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * SRTP with SDES keys (RFC 4568) over a plain UDP pair: as offerer our key lines go out and the
 * answer says which one was taken; as answerer the keys are settled when the offer is answered.
 */
final class SdesMediaTransport implements MediaTransport {
    private final UdpMediaTransport udp;
    private final RtpProfile profile;
    private final List<String> localCrypto;
    /** Set when answering: the pair agreed from the offer. Empty while our offer is out. */
    private final Optional<SrtpKeyPair> answered;
    private final PendingChannel rtp = new PendingChannel();
    private final PendingChannel rtcp = new PendingChannel();
    private volatile SrtpSession session;

    private SdesMediaTransport(UdpMediaTransport udp, RtpProfile profile, List<String> localCrypto,
                               Optional<SrtpKeyPair> answered) {
        this.udp = udp;
        this.profile = profile;
        this.localCrypto = List.copyOf(localCrypto);
        this.answered = answered;
    }

    static SdesMediaTransport offering(UdpMediaTransport udp, List<String> offerLines) {
        return new SdesMediaTransport(udp, RtpProfile.SAVP, offerLines, Optional.empty());
    }

    static SdesMediaTransport answering(UdpMediaTransport udp, RtpProfile offered, String answerLine, SrtpKeyPair keys) {
        return new SdesMediaTransport(udp, offered, List.of(answerLine), Optional.of(keys));
    }

    @Override
    public InetSocketAddress localRtp() {
        return udp.localRtp();
    }

    @Override
    public InetSocketAddress localRtcp() {
        return udp.localRtcp();
    }

    @Override
    public TransportAttributes localAttributes() {
        return TransportAttributes.plain().withProfile(profile).withCrypto(localCrypto);
    }

    @Override
    public CompletionStage<Void> connect(MediaDescription remote) {
        Optional<SrtpKeyPair> keys = answered.isPresent() ? answered
                : io.agentbar.sip.media.srtp.SdesNegotiation.keysFromAnswer(localCrypto, remote.transport().crypto());
        if (keys.isEmpty()) {
            return CompletableFuture.failedFuture(new IOException(
                    "SRTP: the answer chose no crypto suite we offered (a=crypto), so the audio cannot be encrypted"));
        }
        udp.connect(remote);
        session = SrtpSession.of(keys.get());
        rtp.open(SrtpPacketChannel.rtp(udp.rtp(), session));
        rtcp.open(SrtpPacketChannel.rtcp(udp.rtcp(), session));
        return MediaTransport.ready();
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
        udp.close();
        SrtpSession s = session;
        if (s != null) {
            s.close();
        }
    }
}
