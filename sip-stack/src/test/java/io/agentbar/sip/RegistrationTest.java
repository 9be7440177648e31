package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RegistrationFailed;
import io.agentbar.core.signalling.SignallingEvent.Unregistered;
import io.agentbar.sip.ScriptedPeer.Received;
import io.agentbar.sip.auth.DigestChallenge;
import io.agentbar.sip.auth.DigestCredentials;
import io.agentbar.sip.auth.DigestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** REGISTER against a registrar the test scripts message by message. */
class RegistrationTest {
    private static final Secret PASSWORD = Secret.of("s3cret!");
    private static final String SHA256 = "WWW-Authenticate: Digest realm=\"agentbar.test\", nonce=\"n1\", "
            + "qop=\"auth\", algorithm=SHA-256, opaque=\"op\"\r\n";
    private static final String MD5 = "WWW-Authenticate: Digest realm=\"agentbar.test\", nonce=\"n1\", "
            + "qop=\"auth\", algorithm=MD5\r\n";

    private SipPeer phone;
    private ScriptedPeer registrar;
    private Account account;

    @BeforeEach
    void start() throws IOException {
        phone = new SipPeer(SipConfig.of(SipPeer.LOOPBACK).withTimerT1(Duration.ofMillis(20)));
        registrar = new ScriptedPeer();
        account = new Account("1001", "agentbar.test", "127.0.0.1", registrar.port(), Transport.UDP, null, "Agent One",
                Duration.ofSeconds(600));
    }

    @AfterEach
    void stop() {
        registrar.close();
        phone.close();
    }

    /** Checks the answer the way a registrar would, with the parameters the phone chose. */
    private static void assertDigestValid(Received r, String header, String challenge) {
        Map<String, String> d = r.digest(header);
        DigestResponse expected = DigestResponse.compute(DigestChallenge.parse(challenge).orElseThrow(),
                new DigestCredentials("1001", PASSWORD), r.method(), d.get("uri"), d.get("cnonce"),
                Long.parseLong(d.get("nc"), 16));
        assertThat(d.get("response")).isEqualTo(expected.response());
        assertThat(d.get("uri")).isEqualTo("sip:agentbar.test");
        assertThat(d.get("username")).isEqualTo("1001");
    }

    private static String challengeValue(String headerLine) {
        return headerLine.substring(headerLine.indexOf(':') + 1).strip();
    }

    @Test
    void answersTheStrongestChallengeAndRefreshesWithTheCachedNonce() throws IOException {
        phone.signalling.register(account, PASSWORD);
        Received first = registrar.expect("REGISTER");
        assertThat(first.text()).startsWith("REGISTER sip:agentbar.test SIP/2.0");
        assertThat(first.header("Route")).isEqualTo("<sip:127.0.0.1:" + registrar.port() + ";transport=udp;lr>");
        assertThat(first.header("Contact")).isEqualTo("<sip:1001@127.0.0.1:" + phone.port() + ">");
        assertThat(first.header("Expires")).isEqualTo("600");
        assertThat(first.header("From")).contains("\"Agent One\" <sip:1001@agentbar.test>");
        assertThat(first.optionalHeader("Authorization")).isEmpty();
        registrar.reply(first, 401, "Unauthorized", MD5 + SHA256);

        Received second = registrar.expect("REGISTER");
        assertThat(second.header("Call-ID")).isEqualTo(first.header("Call-ID"));
        assertThat(second.cseq()).isEqualTo(first.cseq() + 1);
        Map<String, String> d = second.digest("Authorization");
        assertThat(d).containsEntry("algorithm", "SHA-256").containsEntry("qop", "auth")
                .containsEntry("nc", "00000001").containsEntry("opaque", "op").containsEntry("realm", "agentbar.test");
        assertThat(d.get("cnonce")).hasSizeGreaterThanOrEqualTo(16);
        assertDigestValid(second, "Authorization", challengeValue(SHA256));
        registrar.reply(second, 200, "OK", "Contact: <sip:someone-else@10.0.0.9>;expires=3600\r\n"
                + "Contact: <sip:1001@127.0.0.1:" + phone.port() + ">;expires=120\r\n");
        assertThat(phone.await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(120));

        phone.signalling.register(account, PASSWORD);
        Received refresh = registrar.expect("REGISTER");
        assertThat(refresh.header("Call-ID")).isEqualTo(first.header("Call-ID"));
        assertThat(refresh.cseq()).isEqualTo(second.cseq() + 1);
        assertThat(refresh.digest("Authorization")).containsEntry("nc", "00000002");
        assertThat(refresh.digest("Authorization").get("cnonce")).isNotEqualTo(d.get("cnonce"));
        assertDigestValid(refresh, "Authorization", challengeValue(SHA256));
        registrar.reply(refresh, 200, "OK", "Expires: 90\r\n");
        assertThat(phone.await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(90));

        phone.signalling.unregister();
        Received removal = registrar.expect("REGISTER");
        assertThat(removal.header("Expires")).isEqualTo("0");
        assertThat(removal.digest("Authorization")).containsEntry("nc", "00000003");
        registrar.reply(removal, 200, "OK", "");
        phone.await(Unregistered.class);
    }

    @Test
    void wrongPasswordStopsAfterExactlyOneAuthenticatedRetry() throws IOException {
        phone.signalling.register(account, PASSWORD);
        registrar.reply(registrar.expect("REGISTER"), 401, "Unauthorized", SHA256);
        registrar.reply(registrar.expect("REGISTER"), 401, "Unauthorized", SHA256.replace("n1", "n2"));
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.status()).isEqualTo(401);
        assertThat(f.credentialsRejected()).isTrue();
        assertThat(registrar.next(Duration.ofMillis(300))).as("no third REGISTER").isEmpty();
    }

    @Test
    void staleNonceIsAnsweredSilentlyWithTheNewNonce() throws IOException {
        phone.signalling.register(account, PASSWORD);
        registrar.reply(registrar.expect("REGISTER"), 401, "Unauthorized", SHA256);
        registrar.reply(registrar.expect("REGISTER"), 401, "Unauthorized",
                SHA256.replace("n1", "n2").replace("opaque=\"op\"", "opaque=\"op\", stale=true"));
        Received third = registrar.expect("REGISTER");
        assertThat(third.digest("Authorization")).containsEntry("nonce", "n2").containsEntry("nc", "00000001");
        registrar.reply(third, 200, "OK", "Expires: 600\r\n");
        phone.await(Registered.class);
    }

    @Test
    void proxyChallengeIsAnsweredWithProxyAuthorization() throws IOException {
        phone.signalling.register(account, PASSWORD);
        String challenge = "Proxy-Authenticate: Digest realm=\"agentbar.test\", nonce=\"p1\", qop=\"auth\", "
                + "algorithm=SHA-512-256\r\n";
        registrar.reply(registrar.expect("REGISTER"), 407, "Proxy Authentication Required", challenge);
        Received retry = registrar.expect("REGISTER");
        assertThat(retry.digest("Proxy-Authorization")).containsEntry("algorithm", "SHA-512-256");
        assertDigestValid(retry, "Proxy-Authorization", challengeValue(challenge));
        registrar.reply(retry, 200, "OK", "");
        assertThat(phone.await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void unsupportedChallengeFailsAsCredentialsProblem() throws IOException {
        phone.signalling.register(account, PASSWORD);
        registrar.reply(registrar.expect("REGISTER"), 401, "Unauthorized",
                "WWW-Authenticate: Digest realm=\"x\", nonce=\"y\", algorithm=MD2\r\n");
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.credentialsRejected()).isTrue();
        assertThat(f.reason()).contains("does not support");
    }

    @Test
    void forbiddenMeansCredentialsRejected() throws IOException {
        phone.signalling.register(account, PASSWORD);
        registrar.reply(registrar.expect("REGISTER"), 403, "Forbidden", "");
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.status()).isEqualTo(403);
        assertThat(f.credentialsRejected()).isTrue();
    }

    @Test
    void intervalTooBriefIsRetriedOnceWithMinExpires() throws IOException {
        phone.signalling.register(account, PASSWORD);
        registrar.reply(registrar.expect("REGISTER"), 423, "Interval Too Brief", "Min-Expires: 1800\r\n");
        Received retry = registrar.expect("REGISTER");
        assertThat(retry.header("Expires")).isEqualTo("1800");
        registrar.reply(retry, 423, "Interval Too Brief", "Min-Expires: 3600\r\n");
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.status()).isEqualTo(423);
        assertThat(f.credentialsRejected()).isFalse();
    }

    @Test
    void serviceUnavailableCarriesRetryAfter() throws IOException {
        phone.signalling.register(account, PASSWORD);
        registrar.reply(registrar.expect("REGISTER"), 503, "Service Unavailable", "Retry-After: 30\r\n");
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.status()).isEqualTo(503);
        assertThat(f.credentialsRejected()).isFalse();
        assertThat(f.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void silentRegistrarTimesOutWith408AndUnregisterStillCompletes() throws IOException {
        phone.signalling.register(account, PASSWORD);
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.status()).isEqualTo(408);
        assertThat(f.reason()).contains("No answer from server");
        assertThat(f.retryAfter()).isEmpty();
        phone.signalling.unregister();
        phone.await(Unregistered.class);
    }

    @Test
    void refusedTcpConnectionFailsWithStatusZero() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, SipPeer.LOOPBACK)) {
            closedPort = s.getLocalPort();
        }
        Account tcp = new Account("1001", "127.0.0.1", "127.0.0.1", closedPort, Transport.TCP, null, null, null);
        phone.signalling.register(tcp, PASSWORD);
        RegistrationFailed f = phone.await(RegistrationFailed.class);
        assertThat(f.status()).isZero();
        assertThat(f.reason()).contains("Cannot reach server 127.0.0.1:" + closedPort + " over TCP");
        assertThat(f.credentialsRejected()).isFalse();
        assertThat(f.retryAfter()).isEqualTo(Optional.empty());
    }
}
