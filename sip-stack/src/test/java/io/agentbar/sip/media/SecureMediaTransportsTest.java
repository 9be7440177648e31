package io.agentbar.sip.media;

import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaProfile;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.sip.media.ice.IceServers;
import io.agentbar.sip.sdp.SdpCodec;
import io.agentbar.sip.sdp.SdpOrigin;
import io.agentbar.sip.sdp.SessionDescription;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two phones' media paths in one process, negotiated through real SDP text as on the wire. */
class SecureMediaTransportsTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static SecureMediaTransports transports(MediaProfile profile, boolean secureSignalling) {
        return new SecureMediaTransports(new MediaPolicy(profile, false, secureSignalling, IceServers.none(),
                new PortRange(42000, 42999)));
    }

    private static MediaDescription describe(MediaTransport t) {
        return new MediaDescription(t.localRtp(), t.localRtcp(), List.of(PayloadFormat.opus(111)),
                MediaDirection.SENDRECV, 20, t.localAttributes());
    }

    @Test
    void sdesCallCarriesRtpAndRtcpBothWaysEncrypted() throws Exception {
        SecureMediaTransports caller = transports(MediaProfile.SDES, true);
        SecureMediaTransports callee = transports(MediaProfile.SDES, true);
        try (MediaTransport a = caller.open(LOOPBACK)) {
            SessionDescription offer = SdpCodec.parse(SdpCodec.write(describe(a), SdpOrigin.random()));
            assertThat(offer.audio().transport().profile()).isEqualTo(RtpProfile.SAVP);
            assertThat(callee.refusal(offer.audio())).isEmpty();
            try (MediaTransport b = callee.answer(LOOPBACK, offer.audio())) {
                SessionDescription answer = SdpCodec.parse(SdpCodec.writeAnswer(describe(b), SdpOrigin.random(), offer));
                assertThat(answer.audio().transport().crypto()).hasSize(1);
                a.connect(answer.audio()).toCompletableFuture().get(5, TimeUnit.SECONDS);
                b.connect(offer.audio()).toCompletableFuture().get(5, TimeUnit.SECONDS);
                exchange(a, b);
            }
        }
    }

    @Test
    void webRtcCallRunsIceAndDtlsThenCarriesSrtpBothWays() throws Exception {
        SecureMediaTransports caller = transports(MediaProfile.WEBRTC, false);
        SecureMediaTransports callee = transports(MediaProfile.WEBRTC, false);
        try (MediaTransport a = caller.open(LOOPBACK)) {
            SessionDescription offer = SdpCodec.parse(SdpCodec.write(describe(a), SdpOrigin.random()));
            assertThat(offer.audio().transport().setup()).contains("actpass");
            assertThat(offer.audio().transport().ice()).isPresent();
            try (MediaTransport b = callee.answer(LOOPBACK, offer.audio())) {
                SessionDescription answer = SdpCodec.parse(SdpCodec.writeAnswer(describe(b), SdpOrigin.random(), offer));
                CompletableFuture<Void> readyA = a.connect(answer.audio()).toCompletableFuture();
                CompletableFuture<Void> readyB = b.connect(offer.audio()).toCompletableFuture();
                CompletableFuture.allOf(readyA, readyB).get(20, TimeUnit.SECONDS);
                exchange(a, b);
            }
        }
    }

    @Test
    void tamperedFingerprintFailsTheMediaPath() throws Exception {
        SecureMediaTransports caller = transports(MediaProfile.WEBRTC, false);
        SecureMediaTransports callee = transports(MediaProfile.WEBRTC, false);
        try (MediaTransport a = caller.open(LOOPBACK)) {
            SessionDescription offer = SdpCodec.parse(SdpCodec.write(describe(a), SdpOrigin.random()));
            try (MediaTransport b = callee.answer(LOOPBACK, offer.audio())) {
                String answerText = SdpCodec.writeAnswer(describe(b), SdpOrigin.random(), offer);
                String fingerprint = answerText.lines().filter(l -> l.startsWith("a=fingerprint:")).findFirst().orElseThrow();
                char last = fingerprint.charAt(fingerprint.length() - 1);
                String tampered = answerText.replace(fingerprint,
                        fingerprint.substring(0, fingerprint.length() - 1) + (last == '0' ? '1' : '0'));
                CompletableFuture<Void> readyA = a.connect(SdpCodec.parse(tampered).audio()).toCompletableFuture();
                b.connect(offer.audio());
                assertThatThrownBy(() -> readyA.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .hasMessageContaining("fingerprint");
                byte[] buffer = new byte[1500];
                a.rtp().send(rtp(7), 0, 172); // dropped: nothing may leave unencrypted
                assertThat(b.rtp().receive(buffer, Duration.ofMillis(300))).isEqualTo(-1);
            }
        }
    }

    @Test
    void secureAccountRefusesPlainRtpAndInsecureSdes() throws Exception {
        SecureMediaTransports plainCaller = transports(MediaProfile.RTP, false);
        try (MediaTransport a = plainCaller.open(LOOPBACK)) {
            MediaDescription plainOffer = describe(a);
            assertThat(transports(MediaProfile.SDES, true).refusal(plainOffer)).hasValueSatisfying(
                    r -> assertThat(r).contains("unencrypted"));
            assertThat(transports(MediaProfile.WEBRTC, true).refusal(plainOffer)).isPresent();
        }
        try (MediaTransport s = transports(MediaProfile.SDES, true).open(LOOPBACK)) {
            assertThat(transports(MediaProfile.RTP, false).refusal(describe(s))).hasValueSatisfying(
                    r -> assertThat(r).contains("SDES"));
        }
    }

    private static void exchange(MediaTransport a, MediaTransport b) throws IOException {
        byte[] buffer = new byte[1500];
        for (MediaTransport[] pair : new MediaTransport[][]{{a, b}, {b, a}}) {
            byte[] sent = rtp(pair[0] == a ? 1 : 2);
            int got = -1;
            // the first packets may race the far side's last handshake flight; a handful always suffices
            for (int i = 0; i < 50 && got < 0; i++) {
                pair[0].rtp().send(sent, 0, sent.length);
                got = pair[1].rtp().receive(buffer, Duration.ofMillis(100));
            }
            assertThat(got).isEqualTo(sent.length);
            assertThat(Arrays.copyOf(buffer, got)).isEqualTo(sent);
            byte[] report = rtcp(pair[0] == a ? 11 : 12);
            int r = -1;
            for (int i = 0; i < 50 && r < 0; i++) {
                pair[0].rtcp().send(report, 0, report.length);
                r = pair[1].rtcp().receive(buffer, Duration.ofMillis(100));
            }
            assertThat(Arrays.copyOf(buffer, r)).isEqualTo(report);
        }
    }

    private static byte[] rtp(int ssrc) {
        byte[] p = new byte[172];
        p[0] = (byte) 0x80;
        p[1] = 111;
        p[3] = 1;
        p[11] = (byte) ssrc;
        for (int i = 12; i < p.length; i++) {
            p[i] = (byte) (i * 7);
        }
        return p;
    }

    private static byte[] rtcp(int ssrc) {
        // an empty receiver report: V=2, RC=0, PT=201, length 1 word
        return new byte[]{(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, (byte) ssrc};
    }
}
