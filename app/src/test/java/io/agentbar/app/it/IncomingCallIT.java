package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar answer}: baresip calls the registered agent through Kamailio; AgentBar rings,
 * answers, audio flows both ways, and a BYE from either side ends the call on both.
 */
class IncomingCallIT {
    private static final double CALLER_HZ = 1000;
    private static final Duration STEP = Duration.ofSeconds(20);
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    private HeadlessRun answer(String name, int seconds, Path record) {
        Path play = ToneFiles.tone(name, ToneFiles.OURS_HZ, 16000, 2);
        return HeadlessRun.start(List.of("answer", "--server", kamailio.hostPort(), "--transport", "udp", "--user", "1001",
                "--password-env", "AB_PW", "--play", play.toString(), "--record", record.toString(),
                "--seconds", Integer.toString(seconds), "--timeout", "30"), Map.of("AB_PW", "pw-1001"));
    }

    @Test
    void callerHangsUpAndBothSidesEnd() throws Exception {
        Path record = ItPaths.newRunDirectory("agentbar-answer-a").resolve("heard.wav");
        HeadlessRun agent = answer("answer-a", 60, record);
        agent.awaitLine(Pattern.compile("^waiting for a call"), STEP);
        try (Baresip caller = Baresip.start(BaresipOptions.named("caller-a").codecs("opus/48000/2", "PCMU")
                .tone(CALLER_HZ).registerAt(kamailio, "1002", "pw-1002"))) {
            caller.dial(kamailio.uri("1001"));
            agent.awaitLine(Pattern.compile("^ringing: sip:1002@"), STEP);
            agent.awaitLine(Pattern.compile("^connected"), STEP);
            caller.awaitCallEstablished(STEP);
            caller.awaitRtpReceived(100, STEP);
            caller.hangup();
            agent.awaitLine(Pattern.compile("^ended: remote hangup"), STEP);
            assertThat(agent.awaitExit(STEP)).as(agent.errors()).isZero();
            caller.awaitCallClosed(STEP);
            ToneFiles.assertCarries(record, CALLER_HZ, "AgentBar heard the caller");
            ToneFiles.assertCarries(caller.receivedRecording(STEP), ToneFiles.OURS_HZ, "the caller heard AgentBar");
        }
    }

    @Test
    void agentHangsUpAndBothSidesEnd() throws Exception {
        Path record = ItPaths.newRunDirectory("agentbar-answer-b").resolve("heard.wav");
        HeadlessRun agent = answer("answer-b", 4, record);
        agent.awaitLine(Pattern.compile("^waiting for a call"), STEP);
        try (Baresip caller = Baresip.start(BaresipOptions.named("caller-b").codecs("PCMU")
                .tone(CALLER_HZ).registerAt(kamailio, "1002", "pw-1002"))) {
            caller.dial(kamailio.uri("1001"));
            agent.awaitLine(Pattern.compile("^connected \\(PCMU\\)"), STEP);
            assertThat(agent.awaitExit(STEP)).as(agent.errors()).isZero();
            assertThat(agent.output()).anyMatch(l -> l.startsWith("ended: local hangup"));
            caller.awaitCallClosed(STEP);
            ToneFiles.assertCarries(record, CALLER_HZ, "AgentBar heard the caller");
            ToneFiles.assertCarries(caller.receivedRecording(STEP), ToneFiles.OURS_HZ, "the caller heard AgentBar");
        }
    }
}
