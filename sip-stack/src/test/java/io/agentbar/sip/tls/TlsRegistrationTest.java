package io.agentbar.sip.tls;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RegistrationFailed;
import io.agentbar.sip.JainSipSignalling;
import io.agentbar.sip.SipConfig;
import io.agentbar.sip.tls.TestPki.Identity;
import io.agentbar.sip.tls.TestPki.San;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** REGISTER over TLS against an in-test registrar: trust, identity and versions, end to end through JAIN-SIP. */
class TlsRegistrationTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Identity CA = TestPki.authority("AgentBar Test CA");

    private final BlockingQueue<SignallingEvent> events = new LinkedBlockingQueue<>();
    private JainSipSignalling phone;
    private TlsRegistrar registrar;

    @AfterEach
    void stop() throws Exception {
        if (phone != null) {
            phone.close();
        }
        if (registrar != null) {
            registrar.close();
        }
    }

    private void startPhone(TlsSettings tls) throws Exception {
        phone = new JainSipSignalling(SipConfig.of(InetAddress.getLoopbackAddress()).withTls(tls));
        phone.start(events::add);
    }

    private Account account() {
        return new Account("1001", "sip.example", "127.0.0.1", registrar.port(), Transport.TLS, null, null,
                Duration.ofSeconds(600));
    }

    private <T extends SignallingEvent> T await(Class<T> type) throws InterruptedException {
        SignallingEvent e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (!type.isInstance(e)) {
            fail("expected " + type.getSimpleName() + " but got " + e);
        }
        return type.cast(e);
    }

    @Test
    void registersOverTlsWhenTheServerCaIsGivenAsExtraTrust() throws Exception {
        registrar = TlsRegistrar.presenting(TestPki.server(CA, "pbx", San.dns("sip.example")));
        startPhone(TlsSettings.systemTrust().withAuthoritiesFrom(TestPki.pem("ca.pem", CA.certificate())));

        phone.register(account(), Secret.of("pw"));

        assertThat(await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(600));
        String register = registrar.nextRequest(WAIT).orElseThrow();
        assertThat(register).startsWith("REGISTER sip:sip.example SIP/2.0");
        assertThat(TlsRegistrar.header(register, "Via").orElseThrow())
                .startsWith("SIP/2.0/TLS 127.0.0.1:" + phone.localTlsPort());
        assertThat(TlsRegistrar.header(register, "Contact").orElseThrow())
                .isEqualTo("<sip:1001@127.0.0.1:" + phone.localTlsPort() + ";transport=tls>");
        assertThat(TlsRegistrar.header(register, "Route").orElseThrow()).contains(";transport=tls");
    }

    @Test
    void unknownCaFailsPromptlyNamingIssuerAndFingerprint() throws Exception {
        Identity server = TestPki.server(TestPki.authority("Stranger CA"), "pbx", San.dns("sip.example"));
        registrar = TlsRegistrar.presenting(server);
        startPhone(TlsSettings.systemTrust());

        Instant start = Instant.now();
        phone.register(account(), Secret.of("pw"));

        RegistrationFailed f = await(RegistrationFailed.class);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(f.reason()).isEqualTo("TLS: the server certificate is not trusted (issuer CN=Stranger CA, SHA-256 "
                + CertificateFingerprint.of(server.certificate()) + "): add its CA with --ca or approve the fingerprint");
        assertThat(f.credentialsRejected()).as("the password was never tried").isFalse();
        assertThat(f.status()).isZero();
        assertThat(registrar.nextRequest(Duration.ofMillis(300))).as("no SIP over an untrusted connection").isEmpty();
    }

    @Test
    void certificateForAnotherHostFailsWithBothNames() throws Exception {
        registrar = TlsRegistrar.presenting(TestPki.server(CA, "pbx", San.dns("other.example")));
        startPhone(TlsSettings.systemTrust().withAuthority(CA.certificate()));

        phone.register(account(), Secret.of("pw"));

        RegistrationFailed f = await(RegistrationFailed.class);
        assertThat(f.reason()).isEqualTo("TLS: the server certificate is for other.example, not sip.example");
        assertThat(f.credentialsRejected()).isFalse();
        assertThat(registrar.nextRequest(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void wildcardCertificateIsRefusedPerRfc5922() throws Exception {
        registrar = TlsRegistrar.presenting(TestPki.server(CA, "pbx", San.dns("*.example")));
        startPhone(TlsSettings.systemTrust().withAuthority(CA.certificate()));

        phone.register(account(), Secret.of("pw"));

        assertThat(await(RegistrationFailed.class).reason())
                .isEqualTo("TLS: the server certificate is for *.example, not sip.example");
    }

    @Test
    void serverOfferingOnlyTls11IsRefused() throws Exception {
        registrar = TlsRegistrar.legacyOnly();
        startPhone(TlsSettings.systemTrust());

        phone.register(account(), Secret.of("pw"));

        assertThat(await(RegistrationFailed.class).reason())
                .isEqualTo("TLS: the server does not speak TLS 1.2 or 1.3; older versions are insecure and refused (RFC 8996)");
    }

    @Test
    void pinnedSelfSignedCertificateIsTrusted() throws Exception {
        Identity selfSigned = TestPki.selfSigned("asterisk");
        registrar = TlsRegistrar.presenting(selfSigned);
        startPhone(TlsSettings.systemTrust().withPinned(
                CertificateFingerprint.parse(CertificateFingerprint.of(selfSigned.certificate()).toString())));

        phone.register(account(), Secret.of("pw"));

        await(Registered.class);
        assertThat(registrar.nextRequest(WAIT)).isPresent();
    }

    @Test
    void expiredCertificateFailsEvenFromATrustedCa() throws Exception {
        registrar = TlsRegistrar.presenting(TestPki.server(CA, "pbx", Instant.now().minus(Duration.ofHours(1)),
                San.dns("sip.example")));
        startPhone(TlsSettings.systemTrust().withAuthority(CA.certificate()));

        phone.register(account(), Secret.of("pw"));

        assertThat(await(RegistrationFailed.class).reason()).startsWith("TLS: the server certificate expired on ");
    }
}
