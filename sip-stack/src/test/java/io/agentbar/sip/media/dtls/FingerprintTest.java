package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {
    private static final byte[] DER = "not really a certificate, but any bytes hash".getBytes();

    @Test
    void formatsSha256AsUpperCaseColonSeparatedHex() throws Exception {
        Fingerprint f = Fingerprint.of("sha-256", DER);

        String hex = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(DER));
        assertThat(f.value()).isEqualTo(hex).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(f.sdpValue()).isEqualTo("sha-256 " + hex);
    }

    @Test
    void parsesWhatItFormats() {
        Fingerprint f = Fingerprint.of("sha-256", DER);

        assertThat(Fingerprint.parse(f.sdpValue())).contains(f);
    }

    @Test
    void comparesHexAndHashNameCaseInsensitively() {
        Fingerprint f = Fingerprint.of("sha-256", DER);

        Fingerprint lower = Fingerprint.parse("  SHA-256   " + f.value().toLowerCase() + " ").orElseThrow();

        assertThat(lower).isEqualTo(f);
        assertThat(lower.matches(DER)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha-1", "sha-224", "sha-256", "sha-384", "sha-512"})
    void matchesTheCertificateItWasTakenOver(String hash) {
        Fingerprint f = Fingerprint.parse(Fingerprint.of(hash, DER).sdpValue()).orElseThrow();

        assertThat(f.matches(DER)).isTrue();
        assertThat(f.matches("another certificate".getBytes())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "sha-256",
        "md5 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
        "sha-256 AB:CD",                              // too short for SHA-256
        "sha-1 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:0G", // not hex
        "sha-1 ABCDEF0123456789ABCDEF0123456789ABCDEF01",                    // no colons
        "sha-1 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01 extra",
        "sha-1 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:",
    })
    void rejectsMalformedOrUnsupportedAttributes(String value) {
        assertThat(Fingerprint.parse(value)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(Fingerprint.parse(null)).isEmpty();
    }

    @Test
    void constructorRefusesAFingerprintOfTheWrongLength() {
        assertThatThrownBy(() -> new Fingerprint("sha-256", "AB:CD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void certificateFingerprintMatchesItsDer() {
        DtlsCertificate cert = DtlsCertificate.generate();

        assertThat(cert.hashFunction()).isEqualTo("sha-256");
        assertThat(cert.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(Fingerprint.parse("sha-256 " + cert.fingerprint()).orElseThrow().matches(cert.der())).isTrue();
    }
}
