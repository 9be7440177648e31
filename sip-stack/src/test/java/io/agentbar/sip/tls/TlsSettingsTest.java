package io.agentbar.sip.tls;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsSettingsTest {
    @Test
    void pemFileMayHoldSeveralCertificatesAmongOpensslText() throws IOException {
        TestPki.Identity root = TestPki.authority("Root");
        TestPki.Identity sub = TestPki.authority("Sub");
        TlsSettings s = TlsSettings.systemTrust().withAuthoritiesFrom(TestPki.pem("two.pem", root.certificate(),
                sub.certificate()));
        assertThat(s.extraAuthorities()).containsExactly(root.certificate(), sub.certificate());
        assertThat(s.toString()).contains("CN=Root", "CN=Sub");
    }

    @Test
    void pemFileWithoutCertificateIsAnError() throws IOException {
        Path empty = Files.writeString(TestPki.pem("x.pem").resolveSibling("empty.pem"), "not a certificate\n");
        assertThatThrownBy(() -> TlsSettings.systemTrust().withAuthoritiesFrom(empty)).isInstanceOf(IOException.class)
                .hasMessageContaining("empty.pem");
    }

    @Test
    void profileOffersOnlyTls13And12WithForwardSecretAeadSuites() {
        SSLParameters p = TlsProfile.apply(new SSLParameters());
        assertThat(p.getProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(p.getCipherSuites()).isNotEmpty().allSatisfy(suite -> assertThat(suite)
                .matches("TLS_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256"
                        + "|ECDHE_(ECDSA|RSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256))"));
    }

    @Test
    void stackPropertiesGetOurVersionsAndRefuseTrustAll() {
        Properties secured = TlsSipStack.secured(new Properties());
        assertThat(secured.getProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS")).isEqualTo("TLSv1.3,TLSv1.2");
        assertThat(secured.getProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES")).doesNotContain("CBC", "TLS_RSA_", "_DH_anon_");
        assertThat(secured.getProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE")).isEqualTo("Disabled");

        Properties trustAll = new Properties();
        trustAll.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "DisabledAll");
        assertThatThrownBy(() -> TlsSipStack.secured(trustAll)).isInstanceOf(IllegalArgumentException.class);
    }
}
