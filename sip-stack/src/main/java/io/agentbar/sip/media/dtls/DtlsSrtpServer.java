package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** Our end as DTLS server ({@code a=setup:passive}): picks the SRTP profile, demands and pins the client's certificate. */
final class DtlsSrtpServer extends DefaultTlsServer {
    private final BcTlsCrypto crypto;
    private final DtlsCertificate local;
    private final PeerCertificateCheck check;
    private final int handshakeTimeoutMillis;
    private final List<DtlsSrtpProfile> profiles;
    private volatile DtlsSrtpProfile profile;
    private volatile DtlsSrtpKeys keys;

    DtlsSrtpServer(BcTlsCrypto crypto, DtlsCertificate local, PeerCertificateCheck check, int handshakeTimeoutMillis,
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
        return DtlsSrtpPolicy.SERVER_SUITES.clone();
    }

    /** bctls follows the client's order by default; we want AES-128-GCM whenever the client allows it. */
    @Override
    protected boolean preferLocalCipherSuites() {
        return true;
    }

    @Override
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        profile = DtlsSrtpPolicy.selectSrtp(clientExtensions, profiles);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Hashtable getServerExtensions() throws IOException {
        Hashtable<Integer, byte[]> extensions = super.getServerExtensions();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(new int[] {profile.id()}, new byte[0]));
        return extensions;
    }

    /** Mutual authentication (RFC 5763 §5): without a CertificateRequest the client would stay anonymous. */
    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        check.verify(clientCertificate);
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        TlsCertificate ours = crypto.createCertificate(local.der());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, local.privateKey(),
                new Certificate(new TlsCertificate[] {ours}), DtlsSrtpPolicy.OUR_SIGNATURE);
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
        keys = DtlsSrtpKeys.export(context, profile, DtlsRole.SERVER);
    }

    /** The SRTP keys, once the handshake has completed. */
    DtlsSrtpKeys keys() {
        return Objects.requireNonNull(keys, "DTLS handshake not complete");
    }
}
