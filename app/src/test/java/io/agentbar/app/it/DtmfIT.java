package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.PeerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar call --dtmf 159#} through Kamailio to an auto-answering baresip 1.0.0, once per
 * DTMF mode: baresip must detect every key, in order, by the path the mode chose. Its log tells
 * the paths apart: RTP telephone-events arrive as {@code received event: '5' (end=0)}, INFO
 * dtmf-relay as {@code call: received DTMF: '5' (duration=160)}; both end in a ctrl_tcp
 * {@code CALL_DTMF_START} event.
 */
class DtmfIT {
    private static final String KEYS = "159#";
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"rfc4733, opus/48000/2, received event: '%s' \\(end=1\\)",
            "info, PCMU, call: received DTMF: '%s' \\(duration=160\\)",
            "auto, PCMU, received event: '%s' \\(end=1\\)"})
    void baresipDetectsEveryKeyInOrder(String mode, String codec, String detected) throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named("dtmf-" + mode).autoAnswer(true).codecs(codec)
                .registerAt(kamailio, "1002", "pw-1002"))) {
            HeadlessRun run = HeadlessRun.start(List.of("call", "1002", "--server", kamailio.hostPort(),
                    "--transport", "udp", "--user", "1001", "--password-env", "AB_PW", "--dtmf-mode", mode,
                    "--dtmf", KEYS, "--seconds", "2"), Map.of("AB_PW", "pw-1001"));
            assertThat(run.awaitExit(Duration.ofSeconds(60))).as(run.output() + run.errors()).isZero();
            assertThat(run.output()).contains("dtmf 1", "dtmf 5", "dtmf 9", "dtmf #");
            callee.awaitCallClosed(Duration.ofSeconds(10));

            PeerProcess log = callee.process();
            int from = 0;
            for (char key : KEYS.toCharArray()) {
                Pattern line = Pattern.compile(String.format(detected, Pattern.quote(String.valueOf(key))));
                from = log.awaitLine(line, from, Duration.ofSeconds(5)).index() + 1;
            }
            assertThat(log.lines()).as("each key once: no duplicate from the retransmitted end packets or INFOs")
                    .filteredOn(l -> l.contains("ctrl_tcp event CALL_DTMF_START")).hasSize(KEYS.length());
        }
    }
}
