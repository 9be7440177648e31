package io.agentbar.sip.tls;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a TLS connection failed, in words a user can act on; found in whatever exception chain
 * JAIN-SIP hands back from a send. Not retryable by repetition: the user must add a CA, approve a
 * fingerprint or get the server fixed, so callers must report it and never fall back to TCP/UDP.
 *
 * @param reason starts with "TLS: "
 */
public record TlsFailure(String reason) {

    /** The TLS failure somewhere in {@code error}'s causes; empty when it was not about TLS. */
    public static Optional<TlsFailure> in(Throwable error) {
        Optional<SSLException> ssl = Optional.empty();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TlsRefusal r) {
                return Optional.of(new TlsFailure(r.getMessage()));
            }
            if (t.getMessage() != null && t.getMessage().startsWith("TLS: ")) {
                return Optional.of(new TlsFailure(t.getMessage()));
            }
            if (ssl.isEmpty() && t instanceof SSLException e) {
                ssl = Optional.of(e);
            }
        }
        return ssl.map(TlsFailure::describe);
    }

    private static TlsFailure describe(SSLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("protocol_version") || m.contains("no appropriate protocol")
                || m.contains("protocol is disabled") || m.contains("unsupported protocol")) {
            return new TlsFailure("TLS: the server does not speak TLS 1.2 or 1.3; older versions are insecure "
                    + "and refused (RFC 8996)");
        }
        if (m.contains("handshake_failure") || m.contains("insufficient_security") || m.contains("cipher suites")) {
            return new TlsFailure("TLS: the server offers no forward-secret AEAD cipher suite we accept");
        }
        if (e.getCause() instanceof SocketTimeoutException || m.contains("timed out")) {
            return new TlsFailure("TLS: the server did not complete the handshake in time");
        }
        if (e instanceof SSLHandshakeException || m.contains("plaintext") || m.contains("unrecognized ssl")) {
            return new TlsFailure("TLS: the handshake with the server failed (" + e.getMessage()
                    + "); is that port really SIP over TLS?");
        }
        return new TlsFailure("TLS: the secure connection failed (" + e.getMessage() + ")");
    }
}
