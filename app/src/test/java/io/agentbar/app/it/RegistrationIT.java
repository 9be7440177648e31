package io.agentbar.app.it;

import io.agentbar.app.it.peers.Kamailio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agentbar register} against a real Kamailio with digest authentication. */
class RegistrationIT {
    private static final Duration RUN = Duration.ofSeconds(40);
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "s3cret-1001"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    private static List<String> register(String transport, String user) {
        return List.of("register", "--server", kamailio.hostPort(), "--transport", transport, "--user", user,
                "--password-env", "AB_TEST_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"udp", "tcp"})
    void registersWithDigest(String transport) throws Exception {
        int mark = kamailio.process().lineCount();
        HeadlessRun run = HeadlessRun.start(register(transport, "1001"), Map.of("AB_TEST_PASSWORD", "s3cret-1001"));
        assertThat(run.awaitExit(RUN)).as(run.errors()).isZero();
        assertThat(run.output()).anyMatch(l -> l.startsWith("registered"));
        kamailio.process().awaitLine(Pattern.compile("AGENTBAR registered user=1001 contact=.*transport=" + transport
                + "|AGENTBAR registered user=1001"), mark, Duration.ofSeconds(5));
        // the command unregisters on exit
        kamailio.process().awaitLine(Pattern.compile("AGENTBAR unregistered user=1001"), mark, Duration.ofSeconds(5));
    }

    @Test
    void wrongPasswordFailsAfterExactlyOneRetry() throws Exception {
        int mark = kamailio.process().lineCount();
        HeadlessRun run = HeadlessRun.start(register("udp", "1001"), Map.of("AB_TEST_PASSWORD", "wrong"));
        assertThat(run.awaitExit(RUN)).isEqualTo(1);
        assertThat(run.errors()).contains("registration failed: 401").contains("check user and password");
        kamailio.process().awaitLine(Pattern.compile("AGENTBAR auth failed user=1001"), mark, Duration.ofSeconds(5));
        long attempts = kamailio.process().lines().stream().skip(mark)
                .filter(l -> l.contains("AGENTBAR auth failed user=1001")).count();
        assertThat(attempts).as("authenticated REGISTER attempts with the wrong password").isEqualTo(1);
    }

    @Test
    void unknownServerGivesOneClearLine() throws Exception {
        HeadlessRun run = HeadlessRun.start(List.of("register", "--server", "127.0.0.1:9", "--transport", "tcp",
                "--user", "1001", "--password-env", "AB_TEST_PASSWORD"), Map.of("AB_TEST_PASSWORD", "x"));
        assertThat(run.awaitExit(RUN)).isEqualTo(1);
        assertThat(run.errors().strip().lines().filter(l -> l.startsWith("agentbar:")).count()).isEqualTo(1);
    }

    @Test
    void badFlagsAreRefusedWithUsageCode() throws Exception {
        HeadlessRun run = HeadlessRun.start(List.of("register", "--server", kamailio.hostPort(), "--transprot", "udp",
                "--user", "1001"), Map.of());
        assertThat(run.awaitExit(RUN)).isEqualTo(2);
        assertThat(run.errors()).contains("unknown option --transprot");
    }
}
