package io.agentbar.sip.tls;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.net.IDN;
import java.net.InetAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a server certificate speaks for a SIP domain, per RFC 5922 §7.1–7.2 (the JDK's
 * HTTPS-style check knows no {@code sip:} URI SANs and accepts wildcards, so it is not used).
 *
 * <ol>
 * <li>subjectAltName URIs with the {@code sip} scheme and no user part name the domains; when there
 * is at least one, they are the certificate's only identities;</li>
 * <li>else its dNSName SANs; for an IP-literal target, iPAddress SANs (RFC 5922 has no IP rule;
 * matching the exact address is what a user who typed an IP expects);</li>
 * <li>the subject CN only when the certificate has no subjectAltName at all (§7.1 allows it).</li>
 * </ol>
 * Matching is whole-name and case-insensitive after IDNA conversion. <b>Wildcards never match</b>:
 * §7.2 says {@code *.example.com} matches only the literal {@code *.example.com}, so a wildcard
 * certificate is refused for SIP even where a browser would take it.
 */
public final class ServerIdentity {
    private static final int URI = 6;
    private static final int DNS = 2;
    private static final int IP = 7;

    private ServerIdentity() {
    }

    /**
     * Passes when {@code certificate} speaks for one of {@code acceptable} (SIP domains or IP
     * literals, in order of preference: the first is the one named in the refusal).
     *
     * @throws TlsRefusal with a reason a user can act on, e.g. "TLS: the server certificate is for
     *                    other.example, not sip.example"
     */
    public static void verify(X509Certificate certificate, List<String> acceptable) throws TlsRefusal {
        if (acceptable.isEmpty()) {
            throw new TlsRefusal("TLS: no SIP domain to check the server certificate against");
        }
        Set<String> identities = identities(certificate);
        for (String name : acceptable) {
            if (matches(identities, name)) {
                return;
            }
        }
        String expected = normalise(acceptable.getFirst());
        throw new TlsRefusal(identities.isEmpty()
                ? "TLS: the server certificate names no SIP domain (expected " + expected + ")"
                : "TLS: the server certificate is for " + describe(identities) + ", not " + expected);
    }

    /** Whether {@code certificate} speaks for {@code domain}. */
    public static boolean matches(X509Certificate certificate, String domain) {
        return matches(identities(certificate), domain);
    }

    private static boolean matches(Set<String> identities, String domain) {
        // a wildcard identity only equals the same literal text, which no real domain is
        return identities.contains(normalise(domain));
    }

    /** The identities RFC 5922 §7.1 lets this certificate claim, normalised. */
    static Set<String> identities(X509Certificate certificate) {
        Collection<List<?>> sans;
        try {
            sans = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return Set.of(); // an unparsable SAN extension vouches for nothing
        }
        if (sans == null) {
            return commonName(certificate);
        }
        Set<String> uris = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (List<?> san : sans) {
            int type = (Integer) san.get(0);
            String value = String.valueOf(san.get(1));
            if (type == URI) {
                sipDomain(value).ifPresent(uris::add);
            } else if (type == DNS || type == IP) {
                others.add(normalise(value));
            }
        }
        return uris.isEmpty() ? others : uris;
    }

    /** The host of {@code sip:host[:port][;params]}; user parts and other schemes name no domain. */
    private static java.util.Optional<String> sipDomain(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sip:") || uri.indexOf('@') >= 0) {
            return Optional.empty();
        }
        String host = uri.substring(4).split("[;?]", 2)[0];
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(1, end);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.isEmpty() ? Optional.empty() : Optional.of(normalise(host));
    }

    private static Set<String> commonName(X509Certificate certificate) {
        try {
            Set<String> out = new LinkedHashSet<>();
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    out.add(normalise(String.valueOf(rdn.getValue())));
                }
            }
            return out;
        } catch (InvalidNameException e) {
            return Set.of();
        }
    }

    /** Lower case, no trailing dot, no IPv6 brackets, IDNs in their ASCII form (RFC 5922 §7.2). */
    static String normalise(String name) {
        String n = name.strip();
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.indexOf(':') >= 0 || n.matches("[0-9.]+")) {
            try {
                return InetAddress.ofLiteral(n).getHostAddress(); // one spelling for ::1 and 0:0:…:1
            } catch (IllegalArgumentException notAnAddress) {
                return n.toLowerCase(Locale.ROOT);
            }
        }
        if (!n.contains("*")) {
            try {
                n = IDN.toASCII(n, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException notADomain) {
                // left as is: it then matches nothing a CA could have issued
            }
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private static String describe(Set<String> identities) {
        List<String> shown = new ArrayList<>(identities);
        return shown.size() <= 3 ? String.join(", ", shown)
                : String.join(", ", shown.subList(0, 3)) + " and " + (shown.size() - 3) + " more";
    }
}
