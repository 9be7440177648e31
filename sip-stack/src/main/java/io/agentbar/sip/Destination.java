package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;

import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an out-of-dialog request goes. Requests for our own domain travel through the account's
 * server (a loose Route, RFC 3261 §8.1.2, so the Request-URI stays the callee's); other
 * {@code sip:} URIs go straight to their host; in test-line mode a registered user is reached at
 * the Contact it registered. A {@code sips:} URI or {@code ;transport=tls} always goes over TLS
 * (port 5061 unless given), never over anything weaker.
 *
 * @param requestUri       the Request-URI
 * @param to               the To address
 * @param route            the pre-loaded Route to the account server, when used
 * @param host             the next hop's host
 * @param port             the next hop's port
 * @param transport        the next hop's transport (udp, tcp or tls)
 * @param viaAccountServer whether the account server is the next hop; only then do we answer
 *                         digest challenges (no credentials for strangers, §4.3 #11)
 */
record Destination(SipURI requestUri, Address to, Optional<SipURI> route, String host, int port, String transport,
                   boolean viaAccountServer) {

    /** A target that cannot become a request; the status goes into CallFailed. */
    static final class Unroutable extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Unroutable(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    static Destination resolve(String target, Optional<Account> account, Optional<LocationService> location,
                               SipEndpoint endpoint) throws Unroutable {
        String t = target == null ? "" : target.strip();
        if (t.isEmpty()) {
            throw new Unroutable(484, "No number or address to call");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        boolean hasScheme = lower.startsWith("sip:") || lower.startsWith("sips:");
        AddressFactory af = endpoint.addresses();
        try {
            if (!hasScheme && !t.contains("@")) {
                Optional<Destination> registered = location.flatMap(l -> l.lookup(t)).map(c -> toContact(t, c, endpoint));
                if (registered.isPresent()) {
                    return registered.get();
                }
                Account a = account.orElseThrow(() -> new Unroutable(404,
                        "'" + t + "' is neither registered here nor reachable without an account"));
                return viaServer(af.createSipURI(t, a.domain()), a, af);
            }
            URI parsed = af.createURI(hasScheme ? t : "sip:" + t);
            if (!(parsed instanceof SipURI uri) || uri.getHost() == null) {
                throw new Unroutable(484, "'" + t + "' is not a SIP address");
            }
            if (uri.getUser() != null && isUs(uri, endpoint)) {
                Optional<Destination> registered = location.flatMap(l -> l.lookup(uri.getUser()))
                        .map(c -> toContact(uri.getUser(), c, endpoint));
                if (registered.isPresent()) {
                    return registered.get();
                }
            }
            if (account.isPresent() && isAccountServer(uri, account.get()) && !weakens(uri, account.get())) {
                return viaServer(uri, account.get(), af);
            }
            return direct(uri, endpoint);
        } catch (ParseException e) {
            throw new Unroutable(484, "'" + t + "' is not a valid SIP address");
        }
    }

    static Destination viaServer(SipURI requestUri, Account a, AddressFactory af) throws ParseException {
        SipURI route = af.createSipURI(null, a.server());
        route.setPort(a.port());
        route.setTransportParam(a.transport().token());
        route.setLrParam();
        return new Destination(requestUri, af.createAddress(requestUri), Optional.of(route), a.server(), a.port(),
                a.transport().token(), true);
    }

    private static Destination direct(SipURI uri, SipEndpoint endpoint) throws Unroutable {
        String transport = uri.isSecure() ? "tls" : uri.getTransportParam() != null
                ? uri.getTransportParam().toLowerCase(Locale.ROOT) : endpoint.config().transport().token();
        if (uri.isSecure() && uri.getTransportParam() != null && !uri.getTransportParam().equalsIgnoreCase("tls")) {
            throw new Unroutable(0, "'" + uri + "' asks for sips: over " + uri.getTransportParam()
                    + "; this phone reaches sips: targets over TLS only");
        }
        SipURI requestUri = (SipURI) uri.clone();
        if (uri.getTransportParam() == null && !transport.equals("udp") && !uri.isSecure()) {
            try {
                requestUri.setTransportParam(transport);
            } catch (ParseException e) {
                throw new IllegalStateException("tcp is a valid transport", e);
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(transport);
        return new Destination(requestUri, endpoint.addresses().createAddress(uri), Optional.empty(), uri.getHost(),
                port, transport, false);
    }

    private static Destination toContact(String user, SipURI contact, SipEndpoint endpoint) {
        try {
            SipURI aor = endpoint.addresses().createSipURI(user, endpoint.host());
            String transport = contact.isSecure() ? "tls" : contact.getTransportParam() != null
                    ? contact.getTransportParam().toLowerCase(Locale.ROOT) : "udp";
            int port = contact.getPort() > 0 ? contact.getPort() : defaultPort(transport);
            return new Destination((SipURI) contact.clone(), endpoint.addresses().createAddress(aor), Optional.empty(),
                    contact.getHost(), port, transport, false);
        } catch (ParseException e) {
            throw new IllegalStateException("our own host is a valid SIP host", e);
        }
    }

    /** RFC 3263: 5061 for TLS, 5060 for the others. */
    private static int defaultPort(String transport) {
        return transport.equals("tls") ? Transport.TLS.defaultPort() : Transport.UDP.defaultPort();
    }

    /** A sips: or transport=tls target must not be carried by an account that speaks plain UDP/TCP. */
    private static boolean weakens(SipURI uri, Account a) {
        boolean wantsTls = uri.isSecure() || "tls".equalsIgnoreCase(uri.getTransportParam());
        return wantsTls && !a.transport().secure();
    }

    private static boolean isUs(SipURI uri, SipEndpoint endpoint) {
        String host = uri.getHost();
        return host.equalsIgnoreCase(endpoint.host()) || host.equalsIgnoreCase(endpoint.config().bindAddress().getHostAddress());
    }

    /** Our domain, or the server itself when the URI names no other port. */
    private static boolean isAccountServer(SipURI uri, Account a) {
        String host = uri.getHost();
        boolean samePort = uri.getPort() <= 0 || uri.getPort() == a.port();
        return samePort && (host.equalsIgnoreCase(a.domain()) || host.equalsIgnoreCase(a.server()));
    }
}
