package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebRTC media profile straight to baresip ({@code mediaenc=dtls_srtp;medianat=ice}, rtcp-mux,
 * Opus): ICE, DTLS-SRTP with fingerprints checked both ways, then audio both ways.
 */
class DirectWebRtcCallIT {
    private static final double PEER_HZ = 1000;

    @Test
    void webRtcProfileCallCarriesAudioBothWays() throws Exception {
        call("webrtc-direct", List.of(), Map.of());
    }

    private static void call(String name, List<String> extra, Map<String, String> env) throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named(name).autoAnswer(true).codecs("opus/48000/2")
                .tone(PEER_HZ).webrtcMedia())) {
            Path play = ToneFiles.tone("ours-" + name, ToneFiles.OURS_HZ, 48000, 1);
            Path record = ItPaths.newRunDirectory("agentbar-" + name).resolve("heard.wav");
            List<String> args = new ArrayList<>(List.of("call", callee.directUri(), "--no-register",
                    "--server", "127.0.0.1", "--bind", "127.0.0.1", "--user", "1001", "--media", "webrtc",
                    "--codec", "opus", "--play", play.toString(), "--record", record.toString(), "--seconds", "4"));
            args.addAll(extra);
            LogCapture logs = LogCapture.debug();
            HeadlessRun run;
            try (logs) {
                run = HeadlessRun.start(args, env);
                assertThat(run.awaitExit(Duration.ofSeconds(60))).as(run.output() + run.errors()).isZero();
            }
            List<String> secrets = LogCapture.sdpSecrets(callee.process().lines());
            assertThat(secrets).as("ice-pwd of both sides, from baresip's SIP trace").hasSizeGreaterThanOrEqualTo(2);
            assertThat(logs.lines()).as("DEBUG SIP trace").anyMatch(l -> l.contains("a=ice-pwd:<redacted>"));
            assertThat(logs.linesContaining(secrets)).as("secrets in our DEBUG logs").isEmpty();
            assertThat(run.output()).contains("connected (opus)");
            callee.awaitCallClosed(Duration.ofSeconds(10));
            ToneFiles.assertCarries(record, PEER_HZ, "AgentBar heard baresip over " + name);
            ToneFiles.assertCarries(callee.receivedRecording(Duration.ofSeconds(10)), ToneFiles.OURS_HZ,
                    "baresip heard AgentBar over " + name);
        }
    }
}
