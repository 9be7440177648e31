package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar call} through Kamailio to an auto-answering baresip: each side must hear the
 * other's known tone (Goertzel on the recordings, not file sizes).
 */
class OutgoingCallIT {
    private static final double PEER_HZ = 1000;
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"opus,opus/48000/2,opus", "pcmu,PCMU,PCMU", "pcma,PCMA,PCMA"})
    void audioFlowsBothWays(String codec, String baresipCodec, String shown) throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named("callee-" + codec).autoAnswer(true)
                .codecs(baresipCodec).tone(PEER_HZ).registerAt(kamailio, "1002", "pw-1002"))) {
            Path play = ToneFiles.tone("ours-" + codec, ToneFiles.OURS_HZ, 48000, 1);
            Path record = ItPaths.newRunDirectory("agentbar-call-" + codec).resolve("heard.wav");
            HeadlessRun run = HeadlessRun.start(List.of("call", "1002", "--server", kamailio.hostPort(),
                    "--transport", "udp", "--user", "1001", "--password-env", "AB_PW", "--codec", codec,
                    "--play", play.toString(), "--record", record.toString(), "--seconds", "4"), Map.of("AB_PW", "pw-1001"));
            assertThat(run.awaitExit(Duration.ofSeconds(60))).as(run.output() + run.errors()).isZero();
            assertThat(run.output()).contains("connected (" + shown + ")");
            callee.awaitCallClosed(Duration.ofSeconds(10));
            ToneFiles.assertCarries(record, PEER_HZ, "AgentBar heard baresip");
            ToneFiles.assertCarries(callee.receivedRecording(Duration.ofSeconds(10)), ToneFiles.OURS_HZ, "baresip heard AgentBar");
        }
    }
}
