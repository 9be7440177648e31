package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Coturn;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.PeerAddresses;
import io.agentbar.app.it.peers.Ports;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A WebRTC-profile call whose media only travels through a TURN relay (coturn). */
class TurnRelayCallIT {
    private static final double PEER_HZ = 1000;
    private static final Duration STEP = Duration.ofSeconds(20);

    /**
     * baresip calls us and we answer relay-only: as answerer we start our checks (and so the TURN
     * permissions for the caller's candidates) before the caller starts its own, which is the order
     * a relay-only agent needs; the caller's first checks are otherwise dropped by the relay.
     */
    @Test
    void relayOnlyCallThroughTurnCarriesAudioBothWays() throws Exception {
        try (Coturn turn = Coturn.start("agent", "turn-secret", Coturn.DEFAULT_REALM, PeerAddresses.firstNonLoopbackIpv4());
             Baresip caller = Baresip.start(BaresipOptions.named("webrtc-relay").codecs("opus/48000/2")
                     .tone(PEER_HZ).webrtcMedia())) {
            int port = Ports.freePort();
            Path play = ToneFiles.tone("ours-webrtc-relay", ToneFiles.OURS_HZ, 48000, 1);
            Path record = ItPaths.newRunDirectory("agentbar-webrtc-relay").resolve("heard.wav");
            LogCapture logs = LogCapture.debug();
            HeadlessRun agent = HeadlessRun.start(List.of("answer", "--no-register", "--server", "127.0.0.1",
                    "--bind", "127.0.0.1", "--local-port", Integer.toString(port), "--user", "1001",
                    "--media", "webrtc", "--turn", Coturn.HOST + ":" + turn.port(), "--turn-user", "agent",
                    "--turn-password-env", "AB_TURN_PW", "--relay-only", "--play", play.toString(),
                    "--record", record.toString(), "--seconds", "4", "--timeout", "30"),
                    Map.of("AB_TURN_PW", "turn-secret"));
            agent.awaitLine(Pattern.compile("^waiting for a call"), STEP);
            caller.dial("sip:1001@127.0.0.1:" + port);
            agent.awaitLine(Pattern.compile("^connected \\(opus\\)"), STEP);
            try (logs) {
                assertThat(agent.awaitExit(STEP)).as(agent.output() + agent.errors()).isZero();
            }
            java.nio.file.Files.write(record.resolveSibling("debug.log"), logs.lines());
            List<String> secrets = new java.util.ArrayList<>(LogCapture.sdpSecrets(caller.process().lines()));
            secrets.add("turn-secret");
            assertThat(secrets).hasSizeGreaterThanOrEqualTo(3);
            assertThat(logs.linesContaining(secrets)).as("secrets in our DEBUG logs").isEmpty();
            // the media really went through the relay: our only candidate was the relayed one, ICE
            // selected it, and coturn allocated and opened a permission for the caller
            assertThat(logs.lines()).anyMatch(l -> l.contains("ICE selected IceConnection[relay ->"));
            assertThat(turn.process().lines()).anyMatch(l -> l.contains("ALLOCATE processed, success"))
                    .anyMatch(l -> l.contains("CREATE_PERMISSION processed, success"));
            caller.awaitCallClosed(STEP);
            ToneFiles.assertCarries(record, PEER_HZ, "AgentBar heard baresip through TURN");
            ToneFiles.assertCarries(caller.receivedRecording(STEP), ToneFiles.OURS_HZ, "baresip heard AgentBar through TURN");
        }
    }

}
