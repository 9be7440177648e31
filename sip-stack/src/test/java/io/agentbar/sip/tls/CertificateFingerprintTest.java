package io.agentbar.sip.tls;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateFingerprintTest {
    private final X509Certificate cert = TestPki.selfSigned("pbx.example").certificate();

    @Test
    void isTheSha256OfTheDerEncodingInColonHex() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        CertificateFingerprint f = CertificateFingerprint.of(cert);
        assertThat(f.sha256()).isEqualTo(expected);
        assertThat(f.toString()).isEqualTo(HexFormat.ofDelimiter(":").withUpperCase().formatHex(expected))
                .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void parsesWhatUsersPasteFromOpensslBrowsersAndOurOwnMessages() {
        CertificateFingerprint f = CertificateFingerprint.of(cert);
        String colon = f.toString();
        assertThat(CertificateFingerprint.parse(colon)).isEqualTo(f);
        assertThat(CertificateFingerprint.parse(colon.toLowerCase().replace(':', ' '))).isEqualTo(f);
        assertThat(CertificateFingerprint.parse("sha256 Fingerprint=" + colon)).isEqualTo(f);
        assertThat(CertificateFingerprint.parse("SHA-256 " + colon.replace(":", ""))).isEqualTo(f);
    }

    @Test
    void rejectsWhatIsNotASha256() {
        assertThatThrownBy(() -> CertificateFingerprint.parse("AB:CD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateFingerprint.parse("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }
}
