package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.junit.jupiter.api.Test;

class DtlsCertificateTest {

    @Test
    void generatesASelfSignedP256CertificateWithShortValidity() throws Exception {
        DtlsCertificate cert = DtlsCertificate.generate();

        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(cert.der()));
        assertThat(x509.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(((ECPublicKey) x509.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(x509.getSubjectX500Principal().getName()).isEqualTo("CN=AgentBar");
        assertThat(x509.getIssuerX500Principal()).isEqualTo(x509.getSubjectX500Principal());
        x509.verify(x509.getPublicKey()); // self-signed with its own key
        x509.checkValidity();
        assertThat(Duration.between(Instant.now(), x509.getNotAfter().toInstant())).isLessThan(Duration.ofDays(31));
        assertThat(x509.getSerialNumber().signum()).isPositive();
    }

    @Test
    void everyRunGetsItsOwnKeyAndCertificate() {
        DtlsCertificate a = DtlsCertificate.generate();
        DtlsCertificate b = DtlsCertificate.generate();

        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(((ECPrivateKeyParameters) a.privateKey()).getD())
                .isNotEqualTo(((ECPrivateKeyParameters) b.privateKey()).getD());
    }

    @Test
    void toStringShowsTheFingerprintButNotThePrivateKey() {
        DtlsCertificate cert = DtlsCertificate.generate();
        ECPrivateKeyParameters key = (ECPrivateKeyParameters) cert.privateKey();

        assertThat(cert.toString()).contains(cert.fingerprint())
                .doesNotContain(key.getD().toString(16))
                .doesNotContain(key.getD().toString());
    }
}
