package io.agentbar.sip.auth;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed answer to a {@link DigestChallenge}: the parameters of an Authorization or
 * Proxy-Authorization header (RFC 7616 §3.4).
 *
 * @param cnonce     present with qop=auth
 * @param nonceCount the nc value, 1 for the first use of a nonce; 0 without qop
 */
public record DigestResponse(String username, String realm, String nonce, String uri, DigestAlgorithm algorithm,
                             Optional<String> opaque, Optional<String> cnonce, long nonceCount, String response) {
    public DigestResponse {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(response, "response");
    }

    /**
     * Computes the answer.
     *
     * @param method     the SIP method (REGISTER, INVITE...)
     * @param uri        the Request-URI exactly as sent
     * @param cnonce     the client nonce (ignored for RFC 2069-style challenges without qop)
     * @param nonceCount how many times this nonce has been used, including this time
     */
    public static DigestResponse compute(DigestChallenge challenge, DigestCredentials credentials, String method,
                                         String uri, String cnonce, long nonceCount) {
        DigestAlgorithm a = challenge.algorithm();
        boolean qop = challenge.usesQopAuth();
        String ha1 = credentials.ha1(a, challenge.realm());
        if (a.session()) {
            ha1 = a.hex(ha1 + ":" + challenge.nonce() + ":" + cnonce);
        }
        String ha2 = a.hex(method + ":" + uri);
        String response = qop
                ? a.hex(ha1 + ":" + challenge.nonce() + ":" + nc(nonceCount) + ":" + cnonce + ":auth:" + ha2)
                : a.hex(ha1 + ":" + challenge.nonce() + ":" + ha2);
        return new DigestResponse(credentials.username(), challenge.realm(), challenge.nonce(), uri, a,
                challenge.opaque(), qop ? Optional.of(cnonce) : Optional.empty(), qop ? nonceCount : 0, response);
    }

    /** The header value, {@code Digest username="…", realm="…", …}. */
    public String headerValue() {
        StringBuilder b = new StringBuilder("Digest ");
        b.append("username=").append(quote(username));
        b.append(", realm=").append(quote(realm));
        b.append(", nonce=").append(quote(nonce));
        b.append(", uri=").append(quote(uri));
        b.append(", response=").append(quote(response));
        b.append(", algorithm=").append(algorithm.token());
        cnonce.ifPresent(c -> b.append(", cnonce=").append(quote(c))
                .append(", qop=auth, nc=").append(nc(nonceCount)));
        opaque.ifPresent(o -> b.append(", opaque=").append(quote(o)));
        return b.toString();
    }

    /** Hides the response: it is a credential for as long as the nonce lives. */
    @Override
    public String toString() {
        return "DigestResponse[username=" + username + ", realm=" + realm + ", algorithm=" + algorithm.token()
                + ", nc=" + nonceCount + ", response=***]";
    }

    static String nc(long count) {
        return String.format(Locale.ROOT, "%08x", count);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
