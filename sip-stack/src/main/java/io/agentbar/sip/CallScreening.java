package io.agentbar.sip;

import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.ResponseEventExt;
import io.agentbar.core.account.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.address.SipURI;
import javax.sip.message.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which new INVITEs may ring once an account is registered (reliability-security §4.8 #21), so
 * that SIPVicious-style scanners and "ghost calls" never reach the agent:
 *
 * <ol>
 *   <li>with the account's {@code proxyOnly} (the default), the INVITE must come from the account's
 *       server: an address a 2xx to our REGISTER came from, or one its name resolves to. Anything
 *       else gets 403 (RFC 3261 §21.4.4: understood, refused, and authorisation will not help).
 *       This is checked first, so a stranger cannot tell our user from a wrong one.</li>
 *   <li>the Request-URI must be a SIP URI whose user is ours (the user of the Contact we
 *       registered, which is the account's user). Anything else gets 404 (§21.4.5: no such user
 *       here), the answer a scanner gets for every extension it guesses.</li>
 * </ol>
 *
 * Only the source address is compared, not the port: a PBX reaching us over TCP or TLS may open a
 * new connection from any port, and one with several sockets may send from another than the one
 * we registered to; the scanners this stops sit on other hosts. The Request-URI host is not
 * compared either: behind NAT it is our public address, which we do not know.
 *
 * <p>Without a registered account (direct calls, the built-in test line) nothing is screened.
 * Confined to the signalling thread.
 */
final class CallScreening {
    private static final Logger LOG = LoggerFactory.getLogger(CallScreening.class);

    /** Why an INVITE must not ring, and the status that says so. */
    record Refusal(int status, String reason) {
    }

    private final Supplier<Optional<Account>> account;
    // what we know of the current account's server; forgotten when the account changes
    private Optional<Account> known = Optional.empty();
    private final Set<InetAddress> registeredFrom = new HashSet<>();
    private Optional<Set<InetAddress>> resolved = Optional.empty();

    /** @param account the account whose calls are screened; empty when none is registered */
    CallScreening(Supplier<Optional<Account>> account) {
        this.account = account;
    }

    /** Remembers where the registrar answered from; called for every response to our REGISTER. */
    void answered(ResponseEvent event) {
        Optional<Account> ours = account.get();
        if (ours.isPresent() && event.getResponse().getStatusCode() / 100 == 2 && event instanceof ResponseEventExt ext) {
            forServerOf(ours.get());
            address(ext.getRemoteIpAddress()).ifPresent(registeredFrom::add);
            resolved = Optional.empty(); // looked up again with each binding, in case DNS moved
        }
    }

    Optional<Refusal> screen(RequestEvent event) {
        Optional<InetAddress> source = event instanceof RequestEventExt ext ? address(ext.getRemoteIpAddress())
                : Optional.empty();
        Optional<String> user = event.getRequest().getRequestURI() instanceof SipURI uri
                ? Optional.ofNullable(uri.getUser()) : Optional.empty();
        Optional<Refusal> refusal = screen(user, source);
        refusal.ifPresent(r -> LOG.debug("INVITE from {} refused with {}: {}",
                source.map(InetAddress::getHostAddress).orElse("an unknown address"), r.status(), r.reason()));
        return refusal;
    }

    /**
     * Whether a request came from the account's server (its registrar and proxy): only then are
     * instructions in it about us, such as auto answer, to be followed. A direct peer could
     * otherwise make the agent's phone answer and listen in. False without a registered account.
     */
    boolean fromAccountServer(RequestEvent event) {
        Optional<Account> ours = account.get();
        Optional<InetAddress> source = event instanceof RequestEventExt ext ? address(ext.getRemoteIpAddress())
                : Optional.empty();
        return ours.isPresent() && source.isPresent() && fromServer(ours.get(), source.get());
    }

    /** @param user the Request-URI's user, empty when it has none or is no SIP URI */
    Optional<Refusal> screen(Optional<String> user, Optional<InetAddress> source) {
        Optional<Account> ours = account.get();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        Account a = ours.get();
        if (a.proxyOnly() && (source.isEmpty() || !fromServer(a, source.get()))) {
            return Optional.of(new Refusal(Response.FORBIDDEN, "not from the account's server " + a.server()
                    + " (the account takes calls only through it)"));
        }
        if (user.isEmpty() || !user.get().equals(a.user())) {
            return Optional.of(new Refusal(Response.NOT_FOUND, "for user '" + user.orElse("") + "', not ours"));
        }
        return Optional.empty();
    }

    private boolean fromServer(Account a, InetAddress source) {
        forServerOf(a);
        if (registeredFrom.contains(source)) {
            return true;
        }
        if (resolved.isEmpty()) {
            // the stack resolved this name moments ago to send our REGISTER, so the JDK's cache answers
            resolved = Optional.of(resolve(a.server()));
        }
        return resolved.get().contains(source);
    }

    private void forServerOf(Account a) {
        if (known.filter(a::equals).isEmpty()) {
            known = Optional.of(a);
            registeredFrom.clear();
            resolved = Optional.empty();
        }
    }

    private static Set<InetAddress> resolve(String host) {
        try {
            return Set.copyOf(Arrays.asList(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            LOG.debug("account server {} does not resolve; only addresses it answered from are trusted", host);
            return Set.of();
        }
    }

    private static Optional<InetAddress> address(String literal) {
        try {
            return literal == null ? Optional.empty() : Optional.of(InetAddress.ofLiteral(literal));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
