package io.agentbar.app.it;

import io.agentbar.app.Main;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.app.it.peers.PulseAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Java Sound path, on a machine without a sound card: {@code agentbar serve --audio system}
 * runs in its own JVM whose ALSA default device is a PulseAudio null sink, and the test listens to
 * that sink's monitor. A baresip caller (1500 Hz) rings it: the agent must hear the ringtone
 * (440 + 480 Hz) or the auto-answer beeps (1 kHz), then the caller.
 */
class SystemSoundIT {
    private static final String TOKEN = "system-sound-token-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final double CALLER_HZ = 1500;
    private static Kamailio kamailio;
    private PulseAudio pulse;
    private PeerProcess speaker;
    private PeerProcess agentBar;
    private SinkRecording heard;
    private ApiClient api;
    private LineLog events;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @BeforeEach
    void startSound() {
        pulse = PulseAudio.start();
        Path raw = ItPaths.newRunDirectory("sink").resolve("speaker.raw");
        speaker = pulse.record(raw);
        heard = new SinkRecording(raw);
    }

    @AfterEach
    void stopAll() {
        if (agentBar != null) {
            agentBar.stop();
        }
        speaker.stop();
        pulse.close();
    }

    @Test
    void theRingtoneSoundsUntilTheAgentAnswersThenTheCallerIsHeard() throws Exception {
        startAgentBar();
        try (Baresip caller = caller("sound-ring")) {
            caller.dial("sip:1001@" + kamailio.hostPort());
            String call = events.await("\"id\":\"([^\"]+)\".*\"state\":\"ringing\"", WAIT).group(1);
            double ringing = heard.awaitTones(0, 0.5, 0.3, WAIT, 440, 480);
            assertThat(api.post("/api/answer/" + call).statusCode()).isEqualTo(200);
            events.await("\"id\":\"" + Pattern.quote(call) + "\".*\"state\":\"connected\"", WAIT);
            double answered = heard.seconds();
            double talking = heard.awaitTones(answered, 0.5, 0.5, WAIT, CALLER_HZ);
            assertThat(talking).isGreaterThan(ringing);
            // a second of the call, then: no ringtone under the caller's voice
            double end = heard.awaitTones(talking + 1, 0.5, 0.5, WAIT, CALLER_HZ) + 0.5;
            assertThat(heard.strongest(440, talking, end, 0.5)).as("ringtone while talking").isLessThan(0.05);
            caller.hangup();
        }
    }

    @Test
    void autoAnswerBeepsCountDownThenTheCallerIsHeard() throws Exception {
        startAgentBar("--auto-answer", "4"); // long enough for two beeps after the device has started
        try (Baresip caller = caller("sound-auto")) {
            caller.dial("sip:1001@" + kamailio.hostPort());
            events.await("\"state\":\"ringing\"", WAIT);
            double firstBeep = heard.awaitTones(0, 0.1, 0.6, WAIT, 1000);
            double secondBeep = heard.awaitTones(firstBeep + 0.5, 0.1, 0.6, WAIT, 1000);
            assertThat(secondBeep - firstBeep).as("one beep a second").isBetween(0.8, 1.2);
            events.await("\"state\":\"connected\"", WAIT);
            double talking = heard.awaitTones(heard.seconds(), 0.5, 0.5, WAIT, CALLER_HZ);
            assertThat(heard.strongest(440, firstBeep, talking, 0.5)).as("no ringtone with auto answer").isLessThan(0.05);
            caller.hangup();
        }
    }

    private Baresip caller(String name) {
        Baresip b = Baresip.start(BaresipOptions.named(name).autoAnswer(false).codecs("PCMU").tone(CALLER_HZ)
                .registerAt(kamailio, "1002", "pw-1002"));
        b.awaitRegistered(WAIT);
        return b;
    }

    /** AgentBar in its own JVM, so its ALSA sees this test's PulseAudio. */
    private void startAgentBar(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--server", kamailio.hostPort(), "--transport", "udp", "--user", "1001", "--password-env", "AB_PW",
                "--api-port", "0", "--api-token-env", "AB_API_TOKEN", "--codec", "pcmu", "--audio", "system"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(pulse.clientEnvironment());
        builder.environment().put("AB_PW", "pw-1001");
        builder.environment().put("AB_API_TOKEN", TOKEN);
        agentBar = PeerProcess.start("agentbar-serve", builder);
        api = ApiClient.announced(agentBar.awaitLine(Pattern.compile(ApiClient.LISTENING), WAIT).match(), TOKEN);
        agentBar.awaitLine(Pattern.compile("^registered"), WAIT);
        events = api.events();
        events.await("^event: registration", WAIT);
    }
}
