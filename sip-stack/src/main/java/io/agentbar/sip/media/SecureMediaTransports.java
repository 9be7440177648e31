package io.agentbar.sip.media;

import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaProfile;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.MediaTransports;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.core.media.TransportAttributes;
import io.agentbar.sip.media.dtls.DtlsCertificate;
import io.agentbar.sip.media.dtls.DtlsSetup;
import io.agentbar.sip.media.ice.IceException;
import io.agentbar.sip.media.ice.IceSession;
import io.agentbar.sip.media.srtp.SdesAnswer;
import io.agentbar.sip.media.srtp.SdesNegotiation;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens the media path an account's {@link MediaPolicy} calls for: plain RTP, SDES-SRTP, or the
 * WebRTC profile, and decides which remote offers may be answered at all (a secure account never
 * falls back to clear audio unless told so; SDES keys are only taken over secure signalling).
 */
public final class SecureMediaTransports implements MediaTransports {
    private final MediaPolicy policy;
    private final UdpMediaTransports udp;
    private final SecureRandom random = new SecureRandom();
    /** One certificate per run, as browsers do: generating an ECDSA key per call costs time for nothing. */
    private volatile DtlsCertificate certificate;

    public SecureMediaTransports(MediaPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.udp = new UdpMediaTransports(policy.ports());
        if (policy.profile() != io.agentbar.core.media.MediaProfile.RTP) {
            CryptoWarmUp.start();
        }
    }

    @Override
    public MediaTransport open(InetAddress bindAddress) throws IOException {
        return switch (policy.profile()) {
            case RTP -> udp.open(bindAddress);
            case SDES -> SdesMediaTransport.offering(plain(bindAddress), SdesNegotiation.offer(random));
            case WEBRTC -> new WebRtcMediaTransport(gather(bindAddress, true), certificate(), DtlsSetup.ACTPASS,
                    Optional.empty());
        };
    }

    @Override
    public Optional<String> refusal(MediaDescription offer) {
        TransportAttributes t = offer.transport();
        return switch (t.profile().keying()) {
            case NONE -> policy.profile() == MediaProfile.RTP || policy.allowPlainRtp() ? Optional.empty()
                    : Optional.of("the caller offered unencrypted audio (" + t.profile().token()
                    + ") and this account requires SRTP");
            case SDES -> !policy.signallingSecure()
                    ? Optional.of("SDES keys arrived over unencrypted signalling; refused (RFC 4568 §8.3)")
                    : SdesNegotiation.answer(t.crypto(), random).isEmpty()
                    ? Optional.of("no acceptable a=crypto line (we support AES_CM_128_HMAC_SHA1_80/32, AEAD_AES_128_GCM)")
                    : Optional.empty();
            case DTLS -> t.fingerprint().isEmpty() || t.setup().flatMap(DtlsSetup::parse).isEmpty()
                    ? Optional.of("a DTLS-SRTP offer without a=fingerprint or a=setup")
                    : t.ice().isEmpty() ? Optional.of("a DTLS-SRTP offer without ICE is not supported")
                    : Optional.empty();
        };
    }

    @Override
    public MediaTransport answer(InetAddress bindAddress, MediaDescription offer) throws IOException {
        TransportAttributes t = offer.transport();
        return switch (t.profile().keying()) {
            case NONE -> udp.open(bindAddress);
            case SDES -> {
                SdesAnswer answer = SdesNegotiation.answer(t.crypto(), random)
                        .orElseThrow(() -> new IOException("no acceptable a=crypto line"));
                yield SdesMediaTransport.answering(plain(bindAddress), t.profile(), answer.line(), answer.keys());
            }
            case DTLS -> {
                DtlsSetup theirs = t.setup().flatMap(DtlsSetup::parse)
                        .orElseThrow(() -> new IOException("no a=setup in the DTLS-SRTP offer"));
                // an ICE-lite peer (Asterisk, rtpengine) only answers checks, so we must control
                boolean controlling = t.ice().map(i -> i.lite()).orElse(false);
                yield new WebRtcMediaTransport(gather(bindAddress, controlling), certificate(),
                        DtlsSetup.answerTo(theirs), t.mid());
            }
        };
    }

    private UdpMediaTransport plain(InetAddress bindAddress) throws IOException {
        return (UdpMediaTransport) udp.open(bindAddress);
    }

    private IceSession gather(InetAddress bindAddress, boolean controlling) throws IOException {
        try {
            return IceSession.gather(bindAddress, policy.ice(), controlling);
        } catch (IceException e) {
            throw new IOException("ICE: " + e.getMessage(), e);
        }
    }

    private DtlsCertificate certificate() {
        DtlsCertificate c = certificate;
        if (c == null) {
            synchronized (this) {
                c = certificate;
                if (c == null) {
                    c = DtlsCertificate.generate();
                    certificate = c;
                }
            }
        }
        return c;
    }

    /** The profile a secure offer of ours uses; for tests and diagnostics. */
    RtpProfile offeredProfile() {
        return policy.profile().offered();
    }
}
