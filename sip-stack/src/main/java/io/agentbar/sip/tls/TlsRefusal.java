package io.agentbar.sip.tls;

import java.io.Serial;
import java.security.cert.CertificateException;

/**
 * Our own "no" to a server certificate, raised inside the handshake (trust) or right after it
 * (identity). Its message is meant for the user: it starts with "TLS: " and says what to do.
 * It is a {@link CertificateException} because that is what a trust manager may throw.
 */
public final class TlsRefusal extends CertificateException {
    @Serial
    private static final long serialVersionUID = 1L;

    public TlsRefusal(String reason) {
        super(reason);
    }
}
