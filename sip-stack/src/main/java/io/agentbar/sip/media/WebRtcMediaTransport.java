package io.agentbar.sip.media;

import io.agentbar.core.media.IceAttributes;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.PacketChannel;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.core.media.TransportAttributes;
import io.agentbar.sip.media.dtls.DtlsCertificate;
import io.agentbar.sip.media.dtls.DtlsRole;
import io.agentbar.sip.media.dtls.DtlsSetup;
import io.agentbar.sip.media.dtls.DtlsSrtpHandshake;
import io.agentbar.sip.media.dtls.DtlsSrtpKeys;
import io.agentbar.sip.media.dtls.Fingerprint;
import io.agentbar.sip.media.ice.IceCandidate;
import io.agentbar.sip.media.ice.IceConnection;
import io.agentbar.sip.media.ice.IceSession;
import io.agentbar.sip.media.srtp.SrtpKeyPair;
import io.agentbar.sip.media.srtp.SrtpKeys;
import io.agentbar.sip.media.srtp.SrtpPacketChannel;
import io.agentbar.sip.media.srtp.SrtpSession;
import io.agentbar.sip.media.srtp.SrtpSuite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The WebRTC media profile of one call (Asterisk {@code webrtc=yes}): ICE picks the path, DTLS on
 * that path agrees the SRTP keys and proves the peer holds the certificate its SDP fingerprint
 * names, then RTP and RTCP share the one socket (rtcp-mux) under SRTP.
 */
final class WebRtcMediaTransport implements MediaTransport {
    private static final Logger LOG = LoggerFactory.getLogger(WebRtcMediaTransport.class);
    /** ICE on a LAN takes milliseconds, through TURN a few round trips; 10 s means it is not coming. */
    static final Duration ICE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DTLS_TIMEOUT = Duration.ofSeconds(10);

    private final IceSession ice;
    private final DtlsCertificate certificate;
    /** Our a=setup: actpass when offering, the answer to theirs when answering. */
    private final DtlsSetup localSetup;
    private final Optional<String> remoteMidToEcho;
    private final PendingChannel rtp = new PendingChannel();
    private final PendingChannel rtcp = new PendingChannel();
    private volatile MuxedPackets muxed;
    private volatile DtlsSrtpHandshake handshake;
    private volatile SrtpSession session;
    private volatile boolean closed;

    WebRtcMediaTransport(IceSession ice, DtlsCertificate certificate, DtlsSetup localSetup, Optional<String> mid) {
        this.ice = ice;
        this.certificate = certificate;
        this.localSetup = localSetup;
        this.remoteMidToEcho = mid;
    }

    @Override
    public InetSocketAddress localRtp() {
        return ice.defaultAddress();
    }

    @Override
    public InetSocketAddress localRtcp() {
        return ice.defaultAddress();
    }

    @Override
    public TransportAttributes localAttributes() {
        List<String> candidates = ice.localCandidates().stream().map(IceCandidate::format).toList();
        return TransportAttributes.plain().withProfile(RtpProfile.DTLS_SAVPF).withRtcpMux(true)
                .withIce(new IceAttributes(ice.localUfrag(), ice.localPassword(), candidates, false))
                .withDtls(certificate.hashFunction() + " " + certificate.fingerprint(), localSetup.sdpValue())
                .withMid(remoteMidToEcho);
    }

    @Override
    public CompletionStage<Void> connect(MediaDescription remote) {
        TransportAttributes t = remote.transport();
        if (t.profile().keying() != RtpProfile.Keying.DTLS) {
            return failed("the answer is not DTLS-SRTP (" + t.profile().token() + ")");
        }
        Optional<IceAttributes> remoteIce = t.ice();
        if (remoteIce.isEmpty()) {
            return failed("the peer sent no ICE credentials (a=ice-ufrag, a=ice-pwd)");
        }
        Optional<Fingerprint> fingerprint = t.fingerprint().flatMap(Fingerprint::parse);
        if (fingerprint.isEmpty()) {
            return failed("the peer sent no usable a=fingerprint");
        }
        Optional<DtlsRole> role = t.setup().flatMap(DtlsSetup::parse).flatMap(theirs -> localSetup == DtlsSetup.ACTPASS
                ? DtlsSetup.roleAsOfferer(theirs) : DtlsSetup.roleAsAnswerer(theirs));
        if (role.isEmpty()) {
            return failed("the peer's a=setup leaves no DTLS role (" + t.setup().orElse("missing") + ")");
        }
        List<IceCandidate> candidates = remoteIce.get().candidates().stream()
                .map(IceCandidate::parse).flatMap(Optional::stream).filter(IceCandidate::isUdp).toList();
        if (candidates.isEmpty()) {
            // an ICE answer with no candidate still names its address on the m= line (RFC 8839 §4.2.1)
            candidates = List.of(new IceCandidate("1", 1, "UDP", 2130706431L, remote.rtp(), IceCandidate.Type.HOST,
                    Optional.empty()));
        }
        return ice.connect(remoteIce.get().ufrag(), remoteIce.get().password(), candidates, ICE_TIMEOUT)
                .thenCompose(path -> secure(path, role.get(), fingerprint.get()))
                .thenAccept(this::protect);
    }

    private CompletableFuture<DtlsSrtpKeys> secure(IceConnection path, DtlsRole role, Fingerprint expected) {
        if (closed) {
            return CompletableFuture.failedFuture(new IOException("call ended"));
        }
        LOG.debug("ICE selected {}; DTLS as {}", path, role);
        MuxedPackets m = new MuxedPackets(path, ice.localUfrag());
        muxed = m;
        DtlsSrtpHandshake h = DtlsSrtpHandshake.start(m.dtls(), role, certificate, expected, DTLS_TIMEOUT);
        handshake = h;
        return h.keys();
    }

    private void protect(DtlsSrtpKeys keys) {
        SrtpSuite suite = SrtpSuite.fromDtlsProfileId(keys.protectionProfile()).orElseThrow(
                () -> new IllegalStateException("DTLS agreed profile " + keys.protectionProfile() + " we did not offer"));
        SrtpSession s = SrtpSession.of(new SrtpKeyPair(
                new SrtpKeys(suite, keys.localMasterKey(), keys.localMasterSalt()),
                new SrtpKeys(suite, keys.remoteMasterKey(), keys.remoteMasterSalt())));
        session = s;
        rtp.open(SrtpPacketChannel.rtp(muxed.rtp(), s));
        rtcp.open(SrtpPacketChannel.rtcp(muxed.rtcp(), s));
        if (closed) {
            close();
        }
    }

    private static CompletableFuture<Void> failed(String reason) {
        return CompletableFuture.failedFuture(new IOException("WebRTC media: " + reason));
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
        closed = true;
        rtp.close();
        rtcp.close();
        DtlsSrtpHandshake h = handshake;
        if (h != null) {
            h.close();
        }
        MuxedPackets m = muxed;
        if (m != null) {
            m.close();
        }
        SrtpSession s = session;
        if (s != null) {
            s.close();
        }
        ice.close();
    }
}
