package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.KamailioOptions;
import io.agentbar.app.it.peers.Rtpengine;
import io.agentbar.app.it.peers.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same PBX account as the browser bar, over secure signalling, to a baresip on the far side:
 * TLS with SDES-SRTP end to end, and WSS with the WebRTC profile bridged by rtpengine to a
 * plain-RTP phone (the browser bar's own path). Audio is checked both ways, and every DEBUG log
 * line of our side is searched for the password, its HA1, the SRTP keys and the ICE passwords.
 */
class SecureSignallingCallIT {
    private static final double PEER_HZ = 1000;
    private static final String PASSWORD = "pw-agent-1001";
    private static TestCertificates certs;
    private static Rtpengine rtpengine;
    private static Kamailio kamailio;

    @BeforeAll
    static void startPbx() {
        certs = TestCertificates.generate();
        rtpengine = Rtpengine.start();
        kamailio = Kamailio.start(KamailioOptions.withUsers(Map.of("1001", PASSWORD, "1002", "pw-1002"))
                .domain(certs.domain()).tls(certs.server()).wss().rtpengine(rtpengine));
    }

    @AfterAll
    static void stopPbx() {
        if (kamailio != null) {
            kamailio.close();
        }
        if (rtpengine != null) {
            rtpengine.close();
        }
    }

    @Test
    void tlsWithSdesSrtpCarriesAudioBothWays() throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named("sdes-callee").autoAnswer(true).codecs("opus/48000/2")
                .tone(PEER_HZ).registerAt(kamailio, "1002", "pw-1002").transport("tls").trustCa(certs.caCertificate())
                .sdesSrtp("srtp-mand"))) {
            callee.awaitRegistered(Duration.ofSeconds(20));
            call("tls-sdes", callee, List.of("--server", kamailio.tlsHostPort(), "--transport", "tls",
                    "--media", "sdes"), "RTP/SAVP");
        }
    }

    @Test
    void wssWithTheWebRtcProfileReachesAPlainPhoneThroughRtpengine() throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named("plain-callee").autoAnswer(true).codecs("opus/48000/2")
                .tone(PEER_HZ).registerAt(kamailio, "1002", "pw-1002"))) {
            callee.awaitRegistered(Duration.ofSeconds(20));
            call("wss-webrtc", callee, List.of("--server", "127.0.0.1:" + kamailio.wssPort(), "--transport", "wss",
                    "--media", "webrtc"), "RTP/AVP");
            // the bridge really ran: the plain phone never saw the WebRTC profile
            assertThat(callee.process().lines()).noneMatch(l -> l.startsWith("m=audio") && l.contains("SAVPF"));
            assertThat(kamailio.process().lines()).anyMatch(l -> l.contains("AGENTBAR rtpengine"));
        }
    }

    /** A plain phone calls the agent, registered over WSS: rtpengine offers us the WebRTC profile. */
    @Test
    void plainPhoneReachesTheAgentOnWssWithTheWebRtcProfile() throws Exception {
        Path play = ToneFiles.tone("ours-wss-in", ToneFiles.OURS_HZ, 48000, 1);
        Path record = ItPaths.newRunDirectory("agentbar-wss-in").resolve("heard.wav");
        HeadlessRun agent = HeadlessRun.start(List.of("answer", "--server", "127.0.0.1:" + kamailio.wssPort(),
                "--transport", "wss", "--user", "1001", "--password-env", "AB_PW", "--domain", certs.domain(),
                "--ca", certs.caCertificate().toString(), "--play", play.toString(), "--record", record.toString(),
                "--seconds", "4", "--timeout", "30"), Map.of("AB_PW", PASSWORD));
        agent.awaitLine(java.util.regex.Pattern.compile("^waiting for a call"), Duration.ofSeconds(20));
        try (Baresip caller = Baresip.start(BaresipOptions.named("plain-caller").codecs("opus/48000/2")
                .tone(PEER_HZ).registerAt(kamailio, "1002", "pw-1002"))) {
            caller.awaitRegistered(Duration.ofSeconds(20));
            caller.dial(kamailio.uri("1001"));
            agent.awaitLine(java.util.regex.Pattern.compile("^connected \\(opus\\)"), Duration.ofSeconds(20));
            assertThat(agent.awaitExit(Duration.ofSeconds(30))).as(agent.output() + agent.errors()).isZero();
            caller.awaitCallClosed(Duration.ofSeconds(10));
            assertThat(caller.process().lines()).noneMatch(l -> l.startsWith("m=audio") && l.contains("SAVPF"));
            ToneFiles.assertCarries(record, PEER_HZ, "AgentBar heard the plain caller over WSS");
            ToneFiles.assertCarries(caller.receivedRecording(Duration.ofSeconds(10)), ToneFiles.OURS_HZ,
                    "the plain caller heard AgentBar over WSS");
        }
    }

    private static void call(String name, Baresip callee, List<String> transport, String calleeProfile) throws Exception {
        Path play = ToneFiles.tone("ours-" + name, ToneFiles.OURS_HZ, 48000, 1);
        Path record = ItPaths.newRunDirectory("agentbar-" + name).resolve("heard.wav");
        List<String> args = new ArrayList<>(List.of("call", "1002", "--user", "1001", "--password-env", "AB_PW",
                "--domain", certs.domain(), "--ca", certs.caCertificate().toString(), "--codec", "opus",
                "--play", play.toString(), "--record", record.toString(), "--seconds", "4"));
        args.addAll(transport);
        LogCapture logs = LogCapture.debug();
        HeadlessRun run;
        try (logs) {
            run = HeadlessRun.start(args, Map.of("AB_PW", PASSWORD));
            assertThat(run.awaitExit(Duration.ofSeconds(60))).as(run.output() + run.errors()).isZero();
        }
        java.nio.file.Files.write(record.resolveSibling("debug.log"), logs.lines());
        assertThat(run.output()).contains("connected (opus)");
        callee.awaitCallClosed(Duration.ofSeconds(10));
        assertThat(callee.process().lines()).as("the callee's media profile")
                .anyMatch(l -> l.startsWith("m=audio") && l.contains(calleeProfile));
        ToneFiles.assertCarries(record, PEER_HZ, "AgentBar heard baresip over " + name);
        ToneFiles.assertCarries(callee.receivedRecording(Duration.ofSeconds(10)), ToneFiles.OURS_HZ,
                "baresip heard AgentBar over " + name);
        List<String> secrets = new ArrayList<>(List.of(PASSWORD));
        secrets.addAll(ha1s("1001", certs.domain(), PASSWORD));
        secrets.addAll(ha1s("1001", "127.0.0.1", PASSWORD));
        if (calleeProfile.equals("RTP/SAVP")) {
            List<String> keys = LogCapture.sdpSecrets(callee.process().lines());
            assertThat(keys).as("both SDES keys, from baresip's SIP trace").hasSizeGreaterThanOrEqualTo(2);
            secrets.addAll(keys);
        }
        // the stack's message trace ran at DEBUG: our SDP was logged, with its secrets masked
        assertThat(logs.lines()).as("DEBUG SIP trace").anyMatch(l -> l.contains(
                calleeProfile.equals("RTP/SAVP") ? "inline:<redacted>" : "a=ice-pwd:<redacted>"));
        assertThat(logs.linesContaining(secrets)).as("secrets in our DEBUG logs").isEmpty();
    }

    /** The digest HA1 in the algorithms a registrar may ask for (RFC 7616). */
    private static List<String> ha1s(String user, String realm, String password) throws Exception {
        List<String> out = new ArrayList<>();
        for (String algorithm : List.of("MD5", "SHA-256", "SHA-512/256")) {
            byte[] digest = MessageDigest.getInstance(algorithm)
                    .digest((user + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
            out.add(HexFormat.of().formatHex(digest));
        }
        return out;
    }
}
