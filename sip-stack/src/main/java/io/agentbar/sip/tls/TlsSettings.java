package io.agentbar.sip.tls;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom a TLS connection of ours trusts: always the JDK/OS CA store, plus extra CA certificates
 * (a private PBX CA, from {@code --ca FILE.pem}), plus server certificates the user approved by
 * their SHA-256 fingerprint. There is deliberately no "trust everything" switch.
 *
 * @param extraAuthorities CA certificates trusted in addition to the system store
 * @param pinned           exact server certificates trusted whatever signed them (and whatever names
 *                         they carry: the user approved this very certificate)
 */
public record TlsSettings(List<X509Certificate> extraAuthorities, Set<CertificateFingerprint> pinned) {

    public TlsSettings {
        extraAuthorities = List.copyOf(extraAuthorities);
        pinned = Set.copyOf(pinned);
    }

    /** The system CA store only. */
    public static TlsSettings systemTrust() {
        return new TlsSettings(List.of(), Set.of());
    }

    /**
     * Adds every certificate of a PEM file (one or several {@code BEGIN CERTIFICATE} blocks).
     *
     * @throws IOException when the file cannot be read or holds no certificate
     */
    public TlsSettings withAuthoritiesFrom(Path pemFile) throws IOException {
        List<X509Certificate> added = new ArrayList<>(extraAuthorities);
        added.addAll(readPem(pemFile));
        return new TlsSettings(added, pinned);
    }

    public TlsSettings withAuthority(X509Certificate authority) {
        List<X509Certificate> added = new ArrayList<>(extraAuthorities);
        added.add(authority);
        return new TlsSettings(added, pinned);
    }

    public TlsSettings withPinned(CertificateFingerprint fingerprint) {
        Set<CertificateFingerprint> added = new LinkedHashSet<>(pinned);
        added.add(fingerprint);
        return new TlsSettings(extraAuthorities, added);
    }

    /**
     * A client context with this trust and no client certificate, for anything of ours that speaks
     * TLS (the WebSocket transport too). Restrict each socket or engine with {@link TlsProfile#apply}
     * and check the peer with {@link ServerIdentity#verify} (or {@link #verifyServer}) after the handshake.
     *
     * @throws IllegalStateException when the JDK lacks TLS or its CA store cannot be read
     */
    public SSLContext sslContext() {
        return context(new CertificateTrust.Identity.Deferred());
    }

    /**
     * A client context for connections to one target that also checks, inside the handshake, that
     * the server speaks for one of {@code acceptable} (RFC 5922; e.g. the account domain and the
     * host dialled). A mismatch fails the handshake with a {@link TlsRefusal} as its cause.
     */
    public SSLContext sslContextFor(List<String> acceptable) {
        return context(new CertificateTrust.Identity.Fixed(List.copyOf(acceptable)));
    }

    /** The SIP stack's context: the names come from {@code targets}, by the address each socket dialled. */
    SSLContext sslContextFor(TlsTargets targets) {
        return context(new CertificateTrust.Identity.ByPeer(targets));
    }

    private SSLContext context(CertificateTrust.Identity identity) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new CertificateTrust[] {new CertificateTrust(extraAuthorities, pinned, identity)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * The identity check after a handshake: passes for a pinned certificate, else RFC 5922 against
     * {@code acceptable} (see {@link ServerIdentity}).
     *
     * @param chain      the peer's chain as the session reports it, leaf first
     * @param acceptable SIP domains (or IP literals) the server may speak for, preferred first
     * @throws TlsRefusal with a reason meant for the user
     */
    public void verifyServer(Certificate[] chain, List<String> acceptable) throws TlsRefusal {
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
            throw new TlsRefusal("TLS: the server sent no X.509 certificate");
        }
        if (pinned.contains(CertificateFingerprint.of(leaf))) {
            return;
        }
        ServerIdentity.verify(leaf, acceptable);
    }

    /** Names the CAs by subject and the pins by fingerprint: public facts, nothing secret. */
    @Override
    public String toString() {
        return "TlsSettings[extraAuthorities=" + extraAuthorities.stream()
                .map(c -> c.getSubjectX500Principal().getName()).collect(Collectors.joining("; ", "[", "]"))
                + ", pinned=" + pinned + "]";
    }

    private static List<X509Certificate> readPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
            if (out.isEmpty()) {
                throw new IOException("no certificate in " + file);
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException("cannot read certificates from " + file + ": " + e.getMessage(), e);
        }
    }
}
