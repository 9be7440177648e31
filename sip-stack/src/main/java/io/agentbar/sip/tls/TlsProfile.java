package io.agentbar.sip.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * The protocol versions and cipher suites every TLS connection of ours offers
 * (reliability-security §4.1 #1–2): TLS 1.3 and 1.2 only (RFC 8996 retired the rest), and only
 * forward-secret AEAD suites. The RI's defaults (TLS ≤ 1.2, static-RSA CBC, anonymous DH) never
 * reach a socket because the stack properties and {@link #apply} both set these.
 */
public final class TlsProfile {
    /** Newest first: the JDK offers them in this order. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** TLS 1.3 suites are all AEAD with (EC)DHE; for 1.2 only ECDHE with GCM or ChaCha20-Poly1305. */
    public static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private TlsProfile() {
    }

    /** Restricts {@code parameters} to our versions and to those of our suites this JDK has. */
    public static SSLParameters apply(SSLParameters parameters) {
        parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
        parameters.setCipherSuites(supportedSuites().toArray(String[]::new));
        return parameters;
    }

    /** Our suites minus any this JDK lacks (setting an unknown one would throw). */
    public static List<String> supportedSuites() {
        try {
            Set<String> supported = Set.of(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites());
            return CIPHER_SUITES.stream().filter(supported::contains).toList();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }

    /** For the RI's comma-separated stack properties. */
    static String protocolList() {
        return String.join(",", PROTOCOLS);
    }

    static String suiteList() {
        return String.join(",", supportedSuites());
    }
}
