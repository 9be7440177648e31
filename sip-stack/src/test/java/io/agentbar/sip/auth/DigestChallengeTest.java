package io.agentbar.sip.auth;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestChallengeTest {
    @Test
    void parsesQuotedAndTokenParametersCaseInsensitively() {
        DigestChallenge c = DigestChallenge.parse("DIGEST Realm=\"asterisk\",NONCE=\"1a2b\\\"3c\", "
                + "opaque=\"xyz\", algorithm=md5, qop=\"auth\", stale=TRUE").orElseThrow();
        assertThat(c.realm()).isEqualTo("asterisk");
        assertThat(c.nonce()).isEqualTo("1a2b\"3c");
        assertThat(c.opaque()).contains("xyz");
        assertThat(c.algorithm()).isEqualTo(DigestAlgorithm.MD5);
        assertThat(c.usesQopAuth()).isTrue();
        assertThat(c.stale()).isTrue();
    }

    @Test
    void missingAlgorithmMeansMd5AndMissingQopMeansRfc2069() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\"").orElseThrow();
        assertThat(c.algorithm()).isEqualTo(DigestAlgorithm.MD5);
        assertThat(c.usesQopAuth()).isFalse();
        assertThat(c.stale()).isFalse();
    }

    @Test
    void refusesOtherSchemesUnknownAlgorithmsAuthIntOnlyAndGarbage() {
        assertThat(DigestChallenge.parse("Basic realm=\"r\"")).isEmpty();
        assertThat(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=MD2")).isEmpty();
        assertThat(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"")).isEmpty();
        assertThat(DigestChallenge.parse("Digest realm=\"r")).isEmpty();
        assertThat(DigestChallenge.parse("Digest nonce=\"n\"")).isEmpty();
        assertThat(DigestChallenge.parse("Digest ====")).isEmpty();
        assertThat(DigestChallenge.parse("")).isEmpty();
        assertThat(DigestChallenge.parse(null)).isEmpty();
    }

    @Test
    void strongestPrefersSha512256ThenSha256ThenMd5() {
        List<String> offered = List.of(
                "Digest realm=\"r\", nonce=\"a\", algorithm=MD5, qop=\"auth\"",
                "Digest realm=\"r\", nonce=\"b\", algorithm=SHA-256, qop=\"auth\"",
                "Digest realm=\"r\", nonce=\"c\", algorithm=SHA-512-256, qop=\"auth\"");
        assertThat(DigestChallenge.strongest(offered).orElseThrow().algorithm()).isEqualTo(DigestAlgorithm.SHA_512_256);
        assertThat(DigestChallenge.strongest(offered.subList(0, 2)).orElseThrow().algorithm())
                .isEqualTo(DigestAlgorithm.SHA_256);
    }

    @Test
    void strongestIgnoresUnknownAlgorithmsAndKeepsTheFirstOnATie() {
        List<String> offered = List.of(
                "Digest realm=\"r\", nonce=\"first\", algorithm=MD5",
                "Digest realm=\"r\", nonce=\"x\", algorithm=MD2",
                "Digest realm=\"r\", nonce=\"second\", algorithm=MD5-sess");
        DigestChallenge c = DigestChallenge.strongest(offered).orElseThrow();
        assertThat(c.nonce()).isEqualTo("first");
        assertThat(DigestChallenge.strongest(List.of("Digest realm=\"r\", nonce=\"x\", algorithm=MD2"))).isEmpty();
    }
}
