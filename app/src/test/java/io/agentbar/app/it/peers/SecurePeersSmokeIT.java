package io.agentbar.app.it.peers;

import io.agentbar.app.it.ToneFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the secure part of the peer harness with peers only: SIP over TLS with SDES-SRTP, WS/WSS listeners,
 * rtpengine bridging the WebRTC media profile to plain RTP, a coturn relay, and certificates a strict client rejects.
 */
class SecurePeersSmokeIT {

    private static final Duration SETUP = Duration.ofSeconds(15);
    /** ~2 s of audio at 20 ms ptime, reported by an RTCP sender report. */
    private static final long PACKETS = 100;
    private static final Duration AUDIO = Duration.ofSeconds(30);
    private static final Pattern MEDIA_LINE = Pattern.compile("m=audio (\\d+) (\\S+) ");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void baresipsRegisteredOverTlsTalkSdesSrtpThroughKamailio() {
        TestCertificates certs = TestCertificates.generate();
        Map<String, String> users = Map.of("alice", "alice-pw", "bob", "bob-pw");
        try (Kamailio kamailio = Kamailio.start(KamailioOptions.withUsers(users).domain(certs.domain()).tls(certs.server()));
             Baresip bob = Baresip.start(BaresipOptions.named("bob").registerAt(kamailio, "bob", "bob-pw")
                     .transport("tls").trustCa(certs.caCertificate()).sdesSrtp("srtp-mand").autoAnswer(true).tone(1000));
             Baresip alice = Baresip.start(BaresipOptions.named("alice").registerAt(kamailio, "alice", "alice-pw")
                     .transport("tls").trustCa(certs.caCertificate()).sdesSrtp("srtp-mand").tone(440))) {
            kamailio.awaitRegistered("bob", SETUP);
            kamailio.awaitRegistered("alice", SETUP);
            assertThat(TlsCheck.hostname(kamailio.tlsPort(), certs.caCertificate(), certs.domain()).ok())
                    .as("a strict client accepts the server certificate for %s", certs.domain()).isTrue();

            alice.dial(kamailio.tlsUri("bob"));
            alice.awaitCallEstablished(SETUP);
            bob.awaitCallEstablished(SETUP);
            alice.awaitRtpReceived(PACKETS, AUDIO);
            bob.awaitRtpReceived(PACKETS, AUDIO);
            alice.hangup();
            alice.awaitCallClosed(SETUP);
            bob.awaitCallClosed(SETUP);

            assertThat(mediaProfiles(bob)).as("bob's SDP offers and answers").containsOnly("RTP/SAVP");
            assertThat(logMentions(bob, "a=crypto:")).as("SDES keys in bob's SDP").isTrue();
            assertThat(logMentions(bob, "SRTP is Enabled")).as("bob's srtp module protects the audio").isTrue();
            assertThat(logMentions(bob, "SIP/2.0/TLS")).as("bob's signalling ran over TLS").isTrue();
            ToneFiles.assertCarries(bob.receivedRecording(), 440, "bob hears alice over SRTP");
            ToneFiles.assertCarries(alice.receivedRecording(), 1000, "alice hears bob over SRTP");
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void rtpengineBridgesWebrtcMediaToPlainRtpBothWays() {
        try (Rtpengine rtpengine = Rtpengine.start();
             Kamailio kamailio = Kamailio.start(KamailioOptions.withUsers(Map.of("web", "web-pw", "plain", "plain-pw"))
                     .rtpengine(rtpengine).webrtcUser("web"));
             Baresip plain = Baresip.start(BaresipOptions.named("plain").registerAt(kamailio, "plain", "plain-pw")
                     .codecs("opus/48000/2").autoAnswer(true).tone(1000));
             Baresip web = Baresip.start(BaresipOptions.named("web").registerAt(kamailio, "web", "web-pw")
                     .codecs("opus/48000/2").webrtcMedia().autoAnswer(true).tone(440))) {
            assertThat(rtpengine.ping(SETUP)).isEqualTo("d6:result4:ponge");
            kamailio.awaitRegistered("plain", SETUP);
            kamailio.awaitRegistered("web", SETUP);

            // WebRTC caller -> plain callee
            web.dial(kamailio.uri("plain"));
            talkAndHangUp(web, plain);
            ToneFiles.assertCarries(plain.receivedRecording(), 440, "plain hears the WebRTC caller");
            ToneFiles.assertCarries(web.receivedRecording(), 1000, "the WebRTC caller hears plain");

            // plain caller -> WebRTC callee (declared webrtcUser: rtpengine offers ICE/DTLS/rtcp-mux to it)
            plain.dial(kamailio.uri("web"));
            talkAndHangUp(plain, web);
            ToneFiles.assertCarries(web.receivedRecording(), 1000, "the WebRTC callee hears plain");
            ToneFiles.assertCarries(plain.receivedRecording(), 440, "plain hears the WebRTC callee");

            rtpengine.awaitLog(Pattern.compile("Replying to 'answer'"), SETUP);
            assertThat(mediaProfiles(plain)).as("plain only ever sees plain RTP").containsOnly("RTP/AVP");
            assertThat(logMentions(plain, "a=ice-ufrag") || logMentions(plain, "a=fingerprint"))
                    .as("ICE or DTLS leaked to the plain side").isFalse();
            assertThat(mediaProfiles(web)).as("the WebRTC side only ever sees DTLS-SRTP").containsOnly("UDP/TLS/RTP/SAVPF");
            assertThat(logMentions(web, "DTLS-SRTP complete")).as("DTLS-SRTP handshake with rtpengine").isTrue();
            assertThat(mediaPorts(plain)).as("plain's peer media address is rtpengine's")
                    .anyMatch(port -> port >= rtpengine.mediaPorts().first() && port <= rtpengine.mediaPorts().last());
            kamailio.process().awaitLine(Pattern.compile("AGENTBAR rtpengine INVITE"), SETUP);
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void coturnRelaysWithLongTermCredentials() {
        try (Coturn coturn = Coturn.start("turnuser", "turn-pw")) {
            assertThat(coturn.relayEchoLoss(20)).as("messages lost through the TURN relay").isZero();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void strictTlsClientRejectsWrongHostAndUnknownCaCertificates() {
        TestCertificates certs = TestCertificates.generate();
        Map<String, String> users = Map.of("alice", "alice-pw");
        try (Kamailio wrongHost = Kamailio.start(KamailioOptions.withUsers(users).domain(certs.domain()).tls(certs.wrongHost()));
             Kamailio unknownCa = Kamailio.start(KamailioOptions.withUsers(users).domain(certs.domain()).tls(certs.unknownCa()))) {
            TlsCheck byName = TlsCheck.hostname(wrongHost.tlsPort(), certs.caCertificate(), certs.domain());
            TlsCheck byIp = TlsCheck.ip(wrongHost.tlsPort(), certs.caCertificate(), "127.0.0.1");
            TlsCheck untrusted = TlsCheck.hostname(unknownCa.tlsPort(), certs.caCertificate(), certs.domain());

            assertThat(byName.code()).as("wrong host by name: %s", byName).isEqualTo(TlsCheck.HOSTNAME_MISMATCH);
            assertThat(byIp.code()).as("wrong host by IP: %s", byIp).isEqualTo(TlsCheck.IP_MISMATCH);
            assertThat(untrusted.untrustedIssuer()).as("unknown CA: %s", untrusted).isTrue();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void kamailioAnswersSipOverWsAndWss() throws IOException {
        TestCertificates certs = TestCertificates.generate();
        try (Kamailio kamailio = Kamailio.start(KamailioOptions.withUsers(Map.of("alice", "alice-pw"))
                .domain(certs.domain()).tls(certs.server()).ws().wss())) {
            try (WebSocketSipProbe ws = WebSocketSipProbe.connect(kamailio.wsPort(), Optional.empty(), SETUP)) {
                assertThat(ws.exchange(options(kamailio, "WS"))).startsWith("SIP/2.0 200 ");
            }
            try (WebSocketSipProbe wss = WebSocketSipProbe.connect(kamailio.wssPort(), Optional.of(certs.caCertificate()), SETUP)) {
                assertThat(wss.exchange(options(kamailio, "WSS"))).startsWith("SIP/2.0 200 ");
                assertThat(wss.exchange(register(kamailio, "alice", "WSS")))
                        .startsWith("SIP/2.0 401 ").contains("WWW-Authenticate: Digest");
            }
        }
    }

    private static void talkAndHangUp(Baresip caller, Baresip callee) {
        caller.awaitCallEstablished(SETUP);
        callee.awaitCallEstablished(SETUP);
        caller.awaitRtpReceived(PACKETS, AUDIO);
        callee.awaitRtpReceived(PACKETS, AUDIO);
        caller.hangup();
        caller.awaitCallClosed(SETUP);
        callee.awaitCallClosed(SETUP);
    }

    /** The transport profiles of every {@code m=audio} line in the peer's SIP trace (its own SDP and the peer's). */
    private static List<String> mediaProfiles(Baresip peer) {
        return peer.process().lines().stream().map(MEDIA_LINE::matcher).filter(Matcher::find)
                .map(m -> m.group(2)).distinct().toList();
    }

    private static List<Integer> mediaPorts(Baresip peer) {
        return peer.process().lines().stream().map(MEDIA_LINE::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).distinct().toList();
    }

    private static boolean logMentions(Baresip peer, String text) {
        return peer.process().lines().stream().anyMatch(line -> line.contains(text));
    }

    private static String options(Kamailio kamailio, String transport) {
        return request("OPTIONS", "sip:" + kamailio.domain(), "probe", kamailio.domain(), transport);
    }

    private static String register(Kamailio kamailio, String user, String transport) {
        return request("REGISTER", "sip:" + kamailio.domain(), user, kamailio.domain(), transport)
                .replace("Content-Length: 0", "Contact: <sip:" + user + "@df7jal23ls0d.invalid;transport=ws>\r\nExpires: 600\r\nContent-Length: 0");
    }

    private static String request(String method, String uri, String user, String domain, String transport) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return String.join("\r\n",
                method + " " + uri + " SIP/2.0",
                "Via: SIP/2.0/" + transport + " df7jal23ls0d.invalid;branch=z9hG4bK" + id,
                "Max-Forwards: 70",
                "From: <sip:" + user + "@" + domain + ">;tag=" + id.substring(0, 8),
                "To: <sip:" + user + "@" + domain + ">",
                "Call-ID: " + id,
                "CSeq: 1 " + method,
                "Content-Length: 0",
                "", "");
    }
}
