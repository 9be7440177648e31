package io.agentbar.sip.auth;

import io.agentbar.core.account.Secret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DigestSessionTest {
    private final DigestChallenge challenge = DigestChallenge.parse(
            "Digest realm=\"pbx\", nonce=\"abc\", qop=\"auth\", algorithm=SHA-256").orElseThrow();
    private final DigestSession session = new DigestSession(challenge,
            new DigestCredentials("1001", Secret.of("pw")), new SecureRandom());

    @Test
    void nonceCountGoesUpWithEachUseOfTheNonce() {
        assertThat(session.authorize("REGISTER", "sip:pbx").nonceCount()).isEqualTo(1);
        assertThat(session.authorize("REGISTER", "sip:pbx").nonceCount()).isEqualTo(2);
        assertThat(session.authorize("REGISTER", "sip:pbx").headerValue()).contains("nc=00000003");
    }

    @Test
    void everyAnswerHasAFreshRandomCnonceOfAtLeast64Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String cnonce = session.authorize("REGISTER", "sip:pbx").cnonce().orElseThrow();
            assertThat(cnonce.length() * 4).isGreaterThanOrEqualTo(64);
            seen.add(cnonce);
        }
        assertThat(seen).hasSize(50);
    }
}
