package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Our self-signed DTLS certificate: ECDSA P-256, made fresh per run (RFC 8827 §6.5: a per-run
 * certificate keeps calls unlinkable), identified to the peer only by its {@code a=fingerprint}.
 * Nobody validates a chain, so the subject is a neutral "CN=AgentBar" rather than anything about the user.
 *
 * <p>The private key stays inside this package; {@link #toString()} shows only the fingerprint.
 */
public final class DtlsCertificate {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Back-dated a day so that a peer with a slow clock does not see a not-yet-valid certificate. */
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);
    /** Like browsers' ephemeral certificates: valid a month, far longer than any call. */
    private static final Duration VALIDITY = Duration.ofDays(30);

    private final byte[] der;
    private final AsymmetricKeyParameter privateKey;
    private final Fingerprint fingerprint;

    private DtlsCertificate(byte[] der, AsymmetricKeyParameter privateKey) {
        this.der = der;
        this.privateKey = privateKey;
        this.fingerprint = Fingerprint.of("sha-256", der);
    }

    /** A new key pair and self-signed certificate; takes a few milliseconds, do it once per run. */
    public static DtlsCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=AgentBar");
            Instant now = Instant.now();
            // positive 63-bit serial: unique enough for a throw-away certificate, always a valid DER INTEGER
            BigInteger serial = BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE).max(BigInteger.ONE);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, serial,
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(VALIDITY)), name,
                    SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
            byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
            return new DtlsCertificate(der, PrivateKeyFactory.createKey(keys.getPrivate().getEncoded()));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            // P-256 and SHA256withECDSA are mandatory in every JDK: failing here means a broken runtime
            throw new IllegalStateException("cannot create the DTLS certificate", e);
        }
    }

    /** The hash function of {@link #fingerprint()}, as written in SDP. */
    public String hashFunction() {
        return fingerprint.hashFunction();
    }

    /** Upper-case, colon-separated SHA-256 of the DER certificate, as in {@code a=fingerprint:sha-256 AB:CD:...}. */
    public String fingerprint() {
        return fingerprint.value();
    }

    /** The same fingerprint as a value, ready for {@code a=fingerprint:} via {@link Fingerprint#sdpValue()}. */
    public Fingerprint sdpFingerprint() {
        return fingerprint;
    }

    /** The DER encoding (public data). */
    public byte[] der() {
        return der.clone();
    }

    AsymmetricKeyParameter privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "DtlsCertificate[CN=AgentBar, " + fingerprint.sdpValue() + ", key=<redacted>]";
    }
}
