package io.agentbar.sip.tls;

import io.agentbar.sip.tls.TestPki.Identity;
import io.agentbar.sip.tls.TestPki.San;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 5922 §7 as a table: which certificate speaks for which SIP domain. */
class ServerIdentityTest {
    private static final Identity CA = TestPki.authority("Test CA");

    private static X509Certificate cert(String cn, San... sans) {
        return TestPki.server(CA, cn, sans).certificate();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // a sip: URI SAN names the domain
                Arguments.of("uri SAN", cert("x", San.uri("sip:sip.example")), "sip.example", true),
                Arguments.of("uri SAN, other case and trailing dot", cert("x", San.uri("sip:SIP.Example")), "sip.example.", true),
                Arguments.of("uri SAN with port and params", cert("x", San.uri("sip:sip.example:5061;transport=tls")), "sip.example", true),
                Arguments.of("uri SAN with a user part names no domain", cert("x", San.uri("sip:alice@sip.example")), "sip.example", false),
                Arguments.of("sips/http URI SANs are not SIP domain identities", cert("x", San.uri("https://sip.example/")), "sip.example", false),
                // when URI SANs exist they are the only identities: dNSName is then not consulted
                Arguments.of("uri SANs shadow dNSName", cert("x", San.uri("sip:a.example"), San.dns("sip.example")), "sip.example", false),
                Arguments.of("dNSName when no sip URI", cert("x", San.dns("sip.example")), "sip.example", true),
                Arguments.of("dNSName is matched whole, not as suffix", cert("x", San.dns("example")), "sip.example", false),
                Arguments.of("a subdomain is another name", cert("x", San.dns("pbx.sip.example")), "sip.example", false),
                // RFC 5922 §7.2: no wildcard matching at all
                Arguments.of("wildcard dNSName never matches", cert("x", San.dns("*.example")), "sip.example", false),
                Arguments.of("wildcard URI never matches", cert("x", San.uri("sip:*.example")), "sip.example", false),
                // IP literals match iPAddress SANs, in any spelling
                Arguments.of("IP SAN", cert("x", San.ip("127.0.0.1")), "127.0.0.1", true),
                Arguments.of("IPv6 SAN, short spelling", cert("x", San.ip("::1")), "[0:0:0:0:0:0:0:1]", true),
                Arguments.of("IP SAN is not a DNS name", cert("x", San.ip("127.0.0.1")), "localhost", false),
                // CN: only when there is no SAN at all
                Arguments.of("CN-only certificate", cert("sip.example"), "sip.example", true),
                Arguments.of("CN ignored when SANs exist", cert("sip.example", San.dns("other.example")), "sip.example", false),
                // IDN: compared in ASCII form
                Arguments.of("IDN in ASCII on the certificate", cert("x", San.dns("xn--bcher-kva.example")), "bücher.example", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void certificateSpeaksForDomainPerRfc5922(String rule, X509Certificate certificate, String domain, boolean speaks) {
        assertThat(ServerIdentity.matches(certificate, domain)).as(rule).isEqualTo(speaks);
    }

    @Test
    void refusalNamesWhatTheCertificateIsForAndWhatWeWanted() {
        X509Certificate other = cert("x", San.dns("other.example"));
        assertThatThrownBy(() -> ServerIdentity.verify(other, List.of("sip.example", "127.0.0.1")))
                .isInstanceOf(TlsRefusal.class)
                .hasMessage("TLS: the server certificate is for other.example, not sip.example");
    }

    @Test
    void anyAcceptableNameIsEnough() throws TlsRefusal {
        ServerIdentity.verify(cert("x", San.dns("pbx1.example")), List.of("sip.example", "pbx1.example"));
    }

    @Test
    void certificateWithoutAnyUsableNameIsRefused() {
        X509Certificate onlyEmail = cert("x", new San(1, "ops@sip.example"));
        assertThatThrownBy(() -> ServerIdentity.verify(onlyEmail, List.of("sip.example")))
                .hasMessage("TLS: the server certificate names no SIP domain (expected sip.example)");
    }
}
