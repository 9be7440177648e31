package io.agentbar.sip.tls;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Certificates made in the test with BouncyCastle: a CA, servers it signs, self-signed ones. */
final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A certificate with its key; {@code chain} is leaf first. */
    record Identity(KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {
    }

    /** A SAN for {@link #server}: {@code GeneralName.uniformResourceIdentifier} etc. with its text. */
    record San(int type, String value) {
        static San uri(String v) {
            return new San(GeneralName.uniformResourceIdentifier, v);
        }

        static San dns(String v) {
            return new San(GeneralName.dNSName, v);
        }

        static San ip(String v) {
            return new San(GeneralName.iPAddress, v);
        }
    }

    private TestPki() {
    }

    static Identity authority(String cn) {
        KeyPair keys = keys();
        X509Certificate cert = build(new X500Name("CN=" + cn), new X500Name("CN=" + cn), keys, keys,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), true, List.of());
        return new Identity(keys, cert, List.of(cert));
    }

    static Identity server(Identity ca, String cn, San... sans) {
        return server(ca, cn, Instant.now().plus(Duration.ofDays(30)), sans);
    }

    static Identity server(Identity ca, String cn, Instant notAfter, San... sans) {
        KeyPair keys = keys();
        X509Certificate cert = build(new X500Name(ca.certificate().getSubjectX500Principal().getName()),
                new X500Name("CN=" + cn), keys, ca.keys(), Instant.now().minus(Duration.ofDays(2)), notAfter, false,
                List.of(sans));
        return new Identity(keys, cert, List.of(cert, ca.certificate()));
    }

    static Identity selfSigned(String cn, San... sans) {
        KeyPair keys = keys();
        X500Name name = new X500Name("CN=" + cn);
        X509Certificate cert = build(name, name, keys, keys, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), false, List.of(sans));
        return new Identity(keys, cert, List.of(cert));
    }

    /** Writes {@code certificates} as PEM under target/ (with openssl-style text around, as users paste it). */
    static Path pem(String name, X509Certificate... certificates) {
        try {
            Path dir = Path.of("target", "tls-test");
            Files.createDirectories(dir);
            StringBuilder out = new StringBuilder();
            Base64.Encoder b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
            for (X509Certificate c : certificates) {
                out.append("subject=").append(c.getSubjectX500Principal().getName()).append('\n')
                        .append("-----BEGIN CERTIFICATE-----\n").append(b64.encodeToString(c.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
            Path file = dir.resolve(name);
            Files.writeString(file, out, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(X500Name issuer, X500Name subject, KeyPair subjectKeys, KeyPair issuerKeys,
                                         Instant from, Instant to, boolean ca, List<San> sans) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), subject,
                    subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            if (!sans.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans.stream()
                        .map(s -> new GeneralName(s.type(), s.value())).toArray(GeneralName[]::new)));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build test certificate", e);
        }
    }
}
