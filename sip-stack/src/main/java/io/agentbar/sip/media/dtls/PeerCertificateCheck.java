package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.util.Optional;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only authentication DTLS-SRTP has (RFC 5763 §5): the peer's end-entity certificate must hash
 * to the fingerprint it signalled in SDP. Chains, names and dates are irrelevant for self-signed
 * certificates, so nothing else is checked. Remembers a mismatch so that the failure can be named
 * precisely after bctls has turned it into an alert.
 */
final class PeerCertificateCheck {
    private static final Logger LOG = LoggerFactory.getLogger(PeerCertificateCheck.class);

    private final Fingerprint expected;
    private volatile String failure = "";

    PeerCertificateCheck(Fingerprint expected) {
        this.expected = expected;
    }

    void verify(Certificate chain) throws IOException {
        if (chain == null || chain.isEmpty()) {
            failure = "DTLS: the peer sent no certificate";
            throw new TlsFatalAlert(AlertDescription.handshake_failure, failure);
        }
        byte[] der = chain.getCertificateAt(0).getEncoded();
        if (!expected.matches(der)) {
            failure = DtlsHandshakeException.FINGERPRINT_MESSAGE;
            // fingerprints are public (they travel in SDP): logging both helps diagnose a mangled SDP
            LOG.debug("DTLS peer certificate {} does not match signalled {}",
                    Fingerprint.of(expected.hashFunction(), der).sdpValue(), expected.sdpValue());
            throw new TlsFatalAlert(AlertDescription.bad_certificate, DtlsHandshakeException.FINGERPRINT_MESSAGE);
        }
    }

    /** Why the peer failed authentication; empty while it has not. */
    Optional<String> failure() {
        return failure.isEmpty() ? Optional.empty() : Optional.of(failure);
    }
}
