package io.agentbar.sip.tls;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who we believe: the JDK's CA store (which follows the OS's where the JDK is set up so), plus
 * the CAs the user added with {@code --ca}, plus certificates the user approved by fingerprint.
 * Anything else is refused with its issuer and fingerprint, so the user can act on it
 * (reliability-security §4.1 #5: no silent accept, never a trust-all).
 *
 * <p>The server's identity (RFC 5922, {@link ServerIdentity}) is checked here too, inside the
 * handshake, whenever the names it must match are known: a failed check then ends the handshake
 * with an alert, before a byte of SIP is sent or read. (JAIN-SIP's own post-handshake hook,
 * {@code TlsSecurityPolicy}, cannot be used: in 1.3.0-91 {@code IOHandler.sendBytes} swallows its
 * refusal and keeps the unverified socket.)
 */
final class CertificateTrust extends X509ExtendedTrustManager {
    /** Where the names the server must speak for come from. */
    sealed interface Identity {
        /** Chain only: the caller checks the names after the handshake ({@link TlsSettings#verifyServer}). */
        record Deferred() implements Identity {
        }

        /** One connection to one known target. */
        record Fixed(List<String> names) implements Identity {
        }

        /** Looked up by the address and port the socket dialled (the SIP stack's connections). */
        record ByPeer(TlsTargets targets) implements Identity {
        }
    }

    private final X509ExtendedTrustManager system;
    private final Optional<X509ExtendedTrustManager> extra;
    private final Set<CertificateFingerprint> pinned;
    private final Identity identity;

    CertificateTrust(List<X509Certificate> extraAuthorities, Set<CertificateFingerprint> pinned, Identity identity)
            throws GeneralSecurityException {
        this.system = trustManager(null);
        this.extra = extraAuthorities.isEmpty() ? Optional.empty() : Optional.of(trustManager(keyStore(extraAuthorities)));
        this.pinned = Set.copyOf(pinned);
        this.identity = identity;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        judge(chain, tm -> tm.checkServerTrusted(chain, authType, socket));
        switch (identity) {
            case Identity.Deferred d -> { }
            case Identity.Fixed f -> verifyName(chain[0], f.names());
            case Identity.ByPeer p -> verifyName(chain[0], socket == null || socket.getInetAddress() == null ? List.of()
                    : p.targets().acceptable(socket.getInetAddress(), socket.getPort()));
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        judge(chain, tm -> tm.checkServerTrusted(chain, authType, engine));
        switch (identity) {
            case Identity.Deferred d -> { }
            case Identity.Fixed f -> verifyName(chain[0], f.names());
            case Identity.ByPeer p -> verifyName(chain[0], engine == null || engine.getPeerHost() == null ? List.of()
                    : p.targets().acceptable(engine.getPeerHost(), engine.getPeerPort()));
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        judge(chain, tm -> tm.checkServerTrusted(chain, authType));
        switch (identity) {
            case Identity.Deferred d -> { }
            case Identity.Fixed f -> verifyName(chain[0], f.names());
            case Identity.ByPeer p -> verifyName(chain[0], List.of()); // no peer known: nothing it could match
        }
    }

    private void verifyName(X509Certificate leaf, List<String> acceptable) throws TlsRefusal {
        if (!isPinned(leaf)) {
            ServerIdentity.verify(leaf, acceptable);
        }
    }

    // we present no server certificate, so a client certificate on our listening point proves nothing we use;
    // it is still checked against the same trust rather than waved through
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        judge(chain, tm -> tm.checkClientTrusted(chain, authType, socket));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        judge(chain, tm -> tm.checkClientTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        judge(chain, tm -> tm.checkClientTrusted(chain, authType));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return Stream.concat(Arrays.stream(system.getAcceptedIssuers()),
                extra.stream().flatMap(tm -> Arrays.stream(tm.getAcceptedIssuers()))).toArray(X509Certificate[]::new);
    }

    /** Whether the leaf of {@code chain} is one the user approved by fingerprint. */
    boolean isPinned(X509Certificate leaf) {
        return pinned.contains(CertificateFingerprint.of(leaf));
    }

    private interface Check {
        void run(X509ExtendedTrustManager tm) throws CertificateException;
    }

    private void judge(X509Certificate[] chain, Check check) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new TlsRefusal("TLS: the server sent no certificate");
        }
        X509Certificate leaf = chain[0];
        validity(leaf);
        if (isPinned(leaf)) {
            return; // the user approved exactly this certificate
        }
        List<CertificateException> failures = new ArrayList<>();
        for (X509ExtendedTrustManager tm : managers()) {
            try {
                check.run(tm);
                return;
            } catch (CertificateException e) {
                failures.add(e);
            }
        }
        TlsRefusal refusal = new TlsRefusal("TLS: the server certificate is not trusted (issuer "
                + leaf.getIssuerX500Principal().getName() + ", SHA-256 " + CertificateFingerprint.of(leaf)
                + "): add its CA with --ca or approve the fingerprint");
        failures.forEach(refusal::addSuppressed);
        throw refusal;
    }

    private List<X509ExtendedTrustManager> managers() {
        return extra.isPresent() ? List.of(system, extra.get()) : List.of(system);
    }

    private static void validity(X509Certificate leaf) throws TlsRefusal {
        try {
            leaf.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new TlsRefusal("TLS: the server certificate expired on " + Instant.ofEpochMilli(leaf.getNotAfter().getTime())
                    + " (SHA-256 " + CertificateFingerprint.of(leaf) + ")");
        } catch (CertificateNotYetValidException e) {
            throw new TlsRefusal("TLS: the server certificate is not valid before "
                    + Instant.ofEpochMilli(leaf.getNotBefore().getTime()) + "; check this computer's clock");
        }
    }

    private static KeyStore keyStore(List<X509Certificate> authorities) throws GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            ks.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create an empty key store", e);
        }
        for (int i = 0; i < authorities.size(); i++) {
            ks.setCertificateEntry("extra-ca-" + i, authorities.get(i));
        }
        return ks;
    }

    /** The PKIX trust manager over {@code anchors}; {@code null} means the JDK's own CA store. */
    private static X509ExtendedTrustManager trustManager(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(anchors);
        for (var tm : f.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in " + Arrays.toString(f.getTrustManagers())
                + " (" + X509TrustManager.class.getSimpleName() + " expected)");
    }
}
