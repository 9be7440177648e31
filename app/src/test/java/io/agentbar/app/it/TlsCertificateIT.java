package io.agentbar.app.it;

import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.KamailioOptions;
import io.agentbar.app.it.peers.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar register} over TLS against Kamailio serving certificates a careful client must
 * refuse: REGISTER fails at once with a reason the agent or IT can act on, and nothing falls back
 * to TCP or UDP (Kamailio never sees a REGISTER).
 */
class TlsCertificateIT {
    private static final Duration STEP = Duration.ofSeconds(30);
    private static TestCertificates certs;
    private static Kamailio good;
    private static Kamailio wrongHost;
    private static Kamailio unknownCa;

    @BeforeAll
    static void start() {
        certs = TestCertificates.generate();
        Map<String, String> users = Map.of("1001", "pw-1001");
        good = Kamailio.start(KamailioOptions.withUsers(users).domain(certs.domain()).tls(certs.server()));
        wrongHost = Kamailio.start(KamailioOptions.withUsers(users).domain(certs.domain()).tls(certs.wrongHost()));
        unknownCa = Kamailio.start(KamailioOptions.withUsers(users).domain(certs.domain()).tls(certs.unknownCa()));
    }

    @AfterAll
    static void stop() {
        for (Kamailio k : new Kamailio[]{good, wrongHost, unknownCa}) {
            if (k != null) {
                k.close();
            }
        }
    }

    private static HeadlessRun register(Kamailio kamailio) {
        return HeadlessRun.start(List.of("register", "--server", kamailio.tlsHostPort(), "--transport", "tls",
                "--user", "1001", "--password-env", "AB_PW", "--domain", certs.domain(),
                "--ca", certs.caCertificate().toString()), Map.of("AB_PW", "pw-1001"));
    }

    @Test
    void trustedCertificateForTheDomainRegisters() throws Exception {
        HeadlessRun run = register(good);
        assertThat(run.awaitExit(STEP)).as(run.output() + run.errors()).isZero();
        assertThat(good.process().lines()).anyMatch(l -> l.contains("AGENTBAR registered user=1001"));
    }

    @Test
    void certificateForAnotherHostFailsRegistrationWithAClearReason() throws Exception {
        long started = System.nanoTime();
        HeadlessRun run = register(wrongHost);
        assertThat(run.awaitExit(STEP)).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no 32 s transaction timeout").isLessThan(Duration.ofSeconds(15));
        assertThat(String.join("\n", run.output()) + run.errors())
                .contains("TLS: the server certificate is for wrong-host." + certs.domain())
                .contains("not " + certs.domain());
        assertThat(wrongHost.process().lines()).noneMatch(l -> l.contains("AGENTBAR registered"));
    }

    @Test
    void certificateFromAnUnknownAuthorityFailsRegistrationShowingItsFingerprint() throws Exception {
        HeadlessRun run = register(unknownCa);
        assertThat(run.awaitExit(STEP)).isEqualTo(1);
        String said = String.join("\n", run.output()) + run.errors();
        assertThat(said).contains("TLS: the server certificate is not trusted").containsPattern("SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}")
                .contains("--ca");
        assertThat(unknownCa.process().lines()).noneMatch(l -> l.contains("AGENTBAR registered"));
    }

    /** What an IT admin does with a PBX's self-signed certificate: approve the fingerprint shown. */
    @Test
    void approvingTheFingerprintShownTrustsExactlyThatCertificate() throws Exception {
        HeadlessRun refused = register(unknownCa);
        assertThat(refused.awaitExit(STEP)).isEqualTo(1);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")
                .matcher(String.join("\n", refused.output()) + refused.errors());
        assertThat(shown.find()).isTrue();
        HeadlessRun approved = HeadlessRun.start(List.of("register", "--server", unknownCa.tlsHostPort(),
                "--transport", "tls", "--user", "1001", "--password-env", "AB_PW", "--domain", certs.domain(),
                "--trust-fingerprint", shown.group(1)), Map.of("AB_PW", "pw-1001"));
        assertThat(approved.awaitExit(STEP)).as(approved.output() + approved.errors()).isZero();
        // the approval is for that certificate only: the wrong-host server is still refused
        HeadlessRun other = HeadlessRun.start(List.of("register", "--server", wrongHost.tlsHostPort(),
                "--transport", "tls", "--user", "1001", "--password-env", "AB_PW", "--domain", certs.domain(),
                "--trust-fingerprint", shown.group(1)), Map.of("AB_PW", "pw-1001"));
        assertThat(other.awaitExit(STEP)).isEqualTo(1);
    }
}
