package io.agentbar.sip.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@code Digest} challenge of a WWW-Authenticate or Proxy-Authenticate header (RFC 7616 §3.3).
 *
 * @param realm     the protection space; echoed in the answer
 * @param nonce     the server's nonce
 * @param opaque    echoed unchanged when present
 * @param algorithm MD5 when the challenge names none (RFC 7616 §3.3)
 * @param qop       the offered qop values in lower case; empty for an RFC 2069-style challenge
 * @param stale     {@code true}: the previous answer was right but its nonce expired
 */
public record DigestChallenge(String realm, String nonce, Optional<String> opaque, DigestAlgorithm algorithm,
                              Set<String> qop, boolean stale) {
    public DigestChallenge {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(opaque, "opaque");
        Objects.requireNonNull(algorithm, "algorithm");
        qop = Set.copyOf(qop);
    }

    /** Whether the answer carries {@code qop=auth} (else the RFC 2069 form without cnonce and nc). */
    public boolean usesQopAuth() {
        return qop.contains("auth");
    }

    /**
     * Parses one header value such as {@code Digest realm="x", nonce="y", algorithm=SHA-256}.
     *
     * @return empty for another scheme, an unknown algorithm, a missing realm or nonce, a qop list
     *         without {@code auth} (we do not implement auth-int) or text that does not parse
     */
    public static Optional<DigestChallenge> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String text = headerValue.strip();
        int space = indexOfWhitespace(text);
        if (space < 0 || !text.substring(0, space).equalsIgnoreCase("Digest")) {
            return Optional.empty();
        }
        Optional<Map<String, String>> params = AuthParams.parse(text.substring(space + 1));
        if (params.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> p = params.get();
        String realm = p.get("realm");
        String nonce = p.get("nonce");
        if (realm == null || nonce == null) {
            return Optional.empty();
        }
        Optional<DigestAlgorithm> algorithm = p.containsKey("algorithm")
                ? DigestAlgorithm.byToken(p.get("algorithm")) : Optional.of(DigestAlgorithm.MD5);
        if (algorithm.isEmpty()) {
            return Optional.empty();
        }
        Set<String> qop = new TreeSet<>();
        if (p.containsKey("qop")) {
            for (String q : p.get("qop").split(",")) {
                if (!q.isBlank()) {
                    qop.add(q.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (!qop.contains("auth")) {
                return Optional.empty();
            }
        }
        boolean stale = "true".equalsIgnoreCase(p.getOrDefault("stale", "false").strip());
        return Optional.of(new DigestChallenge(realm, nonce, Optional.ofNullable(p.get("opaque")), algorithm.get(),
                qop, stale));
    }

    /**
     * Picks the challenge to answer among several header values: the strongest algorithm we
     * support (SHA-512-256 &gt; SHA-256 &gt; MD5), the first offered on a tie; unknown ones are ignored.
     */
    public static Optional<DigestChallenge> strongest(List<String> headerValues) {
        DigestChallenge best = null;
        for (String value : headerValues) {
            Optional<DigestChallenge> c = parse(value);
            if (c.isPresent() && (best == null || c.get().algorithm().strength() > best.algorithm().strength())) {
                best = c.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 7235 auth-param lists: {@code name=token} or {@code name="quoted \" string"}, comma separated. */
    static final class AuthParams {
        private AuthParams() {
        }

        static Optional<Map<String, String>> parse(String s) {
            Map<String, String> out = new LinkedHashMap<>();
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                int nameStart = i;
                while (i < n && s.charAt(i) != '=' && s.charAt(i) != ',' && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (name.isEmpty() || i >= n || s.charAt(i) != '=') {
                    return Optional.empty();
                }
                i++;
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                StringBuilder value = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = s.charAt(i++);
                        if (c == '\\' && i < n) {
                            value.append(s.charAt(i++));
                        } else if (c == '"') {
                            closed = true;
                            break;
                        } else {
                            value.append(c);
                        }
                    }
                    if (!closed) {
                        return Optional.empty();
                    }
                } else {
                    while (i < n && s.charAt(i) != ',' && !Character.isWhitespace(s.charAt(i))) {
                        value.append(s.charAt(i++));
                    }
                }
                out.putIfAbsent(name, value.toString());
            }
            return Optional.of(out);
        }
    }
}
