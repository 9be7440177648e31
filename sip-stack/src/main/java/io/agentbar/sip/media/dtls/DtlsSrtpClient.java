package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** Our end as DTLS client ({@code a=setup:active}): offers use_srtp, pins the server by fingerprint, presents our certificate. */
final class DtlsSrtpClient extends DefaultTlsClient {
    private final BcTlsCrypto crypto;
    private final DtlsCertificate local;
    private final PeerCertificateCheck check;
    private final int handshakeTimeoutMillis;
    private final List<DtlsSrtpProfile> profiles;
    private volatile DtlsSrtpProfile profile;
    private volatile DtlsSrtpKeys keys;

    DtlsSrtpClient(BcTlsCrypto crypto, DtlsCertificate local, PeerCertificateCheck check, int handshakeTimeoutMillis,
                   List<DtlsSrtpProfile> profiles) {
        super(crypto);
        this.crypto = crypto;
        this.local = local;
        this.check = check;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
        this.profiles = profiles;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return DtlsSrtpPolicy.CLIENT_SUITES.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Hashtable getClientExtensions() throws IOException {
        Hashtable<Integer, byte[]> extensions = super.getClientExtensions();
        if (extensions == null) {
            extensions = new Hashtable<>();
        }
        DtlsSrtpPolicy.offerSrtp(extensions, profiles);
        return extensions;
    }

    @Override
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        profile = DtlsSrtpPolicy.acceptSrtp(serverExtensions, profiles);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                check.verify(serverCertificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                // mutual authentication (RFC 5763 §5): the server pins us by our fingerprint
                TlsCertificate ours = crypto.createCertificate(local.der());
                return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto,
                        local.privateKey(), new Certificate(new TlsCertificate[] {ours}),
                        DtlsSrtpPolicy.OUR_SIGNATURE);
            }
        };
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    /** Self-signed certificates are pinned by fingerprint; how they were signed carries no trust. */
    @Override
    public boolean shouldCheckSigAlgOfPeerCerts() {
        return false;
    }

    /** bctls allows the RFC 5705 exporter only from inside this callback. */
    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        keys = DtlsSrtpKeys.export(context, profile, DtlsRole.CLIENT);
    }

    /** The SRTP keys, once the handshake has completed. */
    DtlsSrtpKeys keys() {
        return Objects.requireNonNull(keys, "DTLS handshake not complete");
    }
}
