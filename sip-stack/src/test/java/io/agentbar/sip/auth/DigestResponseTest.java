package io.agentbar.sip.auth;

import io.agentbar.core.account.Secret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of RFC 7616 §3.9 and the RFC 2617 §3.5 classic. */
class DigestResponseTest {
    private static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    private static final String OPAQUE = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
    private static final DigestCredentials MUFASA = new DigestCredentials("Mufasa", Secret.of("Circle of Life"));

    private static DigestChallenge rfc7616(String algorithm) {
        return DigestChallenge.parse("Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm="
                + algorithm + ", nonce=\"" + NONCE + "\", opaque=\"" + OPAQUE + "\"").orElseThrow();
    }

    @Test
    void md5ExampleOfRfc7616MatchesTheRfc() {
        DigestResponse r = DigestResponse.compute(rfc7616("MD5"), MUFASA, "GET", "/dir/index.html", CNONCE, 1);
        assertThat(r.response()).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void sha256ExampleOfRfc7616MatchesTheRfc() {
        DigestResponse r = DigestResponse.compute(rfc7616("SHA-256"), MUFASA, "GET", "/dir/index.html", CNONCE, 1);
        assertThat(r.response()).isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void sha256HeaderCarriesEveryParameterWithRfcQuoting() {
        DigestResponse r = DigestResponse.compute(rfc7616("SHA-256"), MUFASA, "GET", "/dir/index.html", CNONCE, 1);
        assertThat(r.headerValue())
                .startsWith("Digest username=\"Mufasa\", realm=\"http-auth@example.org\"")
                .contains("nonce=\"" + NONCE + "\"", "uri=\"/dir/index.html\"", "algorithm=SHA-256",
                        "cnonce=\"" + CNONCE + "\"", "qop=auth, nc=00000001", "opaque=\"" + OPAQUE + "\"",
                        "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"");
    }

    /**
     * RFC 7616 §3.9.2 (userhash off for the response). The RFC printed a value made with a
     * truncated SHA-512; errata 4897 gives the FIPS 180-4 SHA-512/256 value, which is what Java's
     * "SHA-512/256" computes and servers implementing RFC 8760 expect.
     */
    @Test
    void sha512256ExampleMatchesTheRfcErrata() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"api@example.org\", qop=\"auth\", "
                + "algorithm=SHA-512-256, nonce=\"5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK\", "
                + "opaque=\"HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS\", charset=UTF-8, userhash=true").orElseThrow();
        DigestCredentials jason = new DigestCredentials("J\u00e4s\u00f8n Doe", Secret.of("Secret, or not?"));
        DigestResponse r = DigestResponse.compute(c, jason, "GET", "/doe.json",
                "NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v", 1);
        assertThat(r.response()).isEqualTo("3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5");
    }

    @Test
    void sha512256IsTheFipsAlgorithmNotATruncatedSha512() {
        // FIPS 180-4 example "abc"
        assertThat(DigestAlgorithm.SHA_512_256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
    }

    @Test
    void rfc2069ChallengeWithoutQopGetsTheShortForm() {
        // RFC 2617 §3.5 inputs, answered without qop: response = MD5(HA1:nonce:HA2)
        DigestChallenge c = new DigestChallenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                Optional.empty(), DigestAlgorithm.MD5, Set.of(), false);
        DigestResponse r = DigestResponse.compute(c, new DigestCredentials("Mufasa", Secret.of("Circle Of Life")),
                "GET", "/dir/index.html", "ignored", 1);
        String ha1 = DigestAlgorithm.MD5.hex("Mufasa:testrealm@host.com:Circle Of Life");
        String ha2 = DigestAlgorithm.MD5.hex("GET:/dir/index.html");
        assertThat(r.response()).isEqualTo(DigestAlgorithm.MD5.hex(ha1 + ":dcd98b7102dd2f0e8b11d0f600bfb0c093:" + ha2));
        assertThat(r.headerValue()).doesNotContain("cnonce", "qop", "nc=");
    }

    @Test
    void rfc2617ClassicWithQopAuthMatches() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"").orElseThrow();
        DigestResponse r = DigestResponse.compute(c, new DigestCredentials("Mufasa", Secret.of("Circle Of Life")),
                "GET", "/dir/index.html", "0a4f113b", 1);
        assertThat(r.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void sessVariantFoldsNonceAndCnonceIntoHa1() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"r\", nonce=\"N\", qop=auth, algorithm=SHA-256-sess")
                .orElseThrow();
        DigestResponse r = DigestResponse.compute(c, new DigestCredentials("u", Secret.of("p")), "REGISTER",
                "sip:example.com", "C", 2);
        DigestAlgorithm a = DigestAlgorithm.SHA_256;
        String ha1 = a.hex(a.hex("u:r:p") + ":N:C");
        String ha2 = a.hex("REGISTER:sip:example.com");
        assertThat(r.response()).isEqualTo(a.hex(ha1 + ":N:00000002:C:auth:" + ha2));
    }

    @Test
    void toStringHidesTheResponse() {
        DigestResponse r = DigestResponse.compute(rfc7616("MD5"), MUFASA, "GET", "/dir/index.html", CNONCE, 1);
        assertThat(r.toString()).doesNotContain("8ca523f5e9506fed4657c9700eebdbec").contains("***");
        assertThat(MUFASA.toString()).doesNotContain("Circle");
    }
}
