package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.tls.FlowKeepAlive;
import io.agentbar.sip.tls.TlsFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.RetryAfterHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.time.Duration;
import java.util.ListIterator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The REGISTER client of one account (RFC 3261 §10.2): one Call-ID for all refreshes, CSeq going
 * up by one per request, one request in flight at a time. Each {@link #register()} or
 * {@link #unregister()} ends in exactly one event. Confined to the signalling thread.
 *
 * <p>Over TCP and TLS a registered flow is kept alive ({@link FlowKeepAlive}); when it dies we
 * REGISTER again at once over a new connection (RFC 5626 §4.5), and report a failure instead if it
 * died again within {@link #FLOW_FLAP}, so core's back-off ({@code RetryPolicy}) paces a server
 * that keeps dropping us.
 */
final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
    static final Duration FLOW_FLAP = Duration.ofSeconds(60);

    private final Account account;
    private final SipEndpoint endpoint;
    private final Authenticator auth;
    private final Consumer<SignallingEvent> events;
    private final Destination registrar;
    private final CallIdHeader callId;
    private final String fromTag = UUID.randomUUID().toString().substring(0, 8);
    private long cseq;

    // the attempt in flight
    private ClientTransaction pending;
    private Authenticator.Attempt attempt;
    private boolean removing;
    private int expires;
    private boolean intervalRetried;

    // the registered flow (TCP/TLS)
    private Optional<FlowKeepAlive> keepAlive = Optional.empty();
    private long lastFlowLoss = Long.MIN_VALUE;

    Registration(Account account, SipEndpoint endpoint, Authenticator auth, Consumer<SignallingEvent> events)
            throws ParseException {
        this.account = account;
        this.endpoint = endpoint;
        this.auth = auth;
        this.events = events;
        this.registrar = Destination.viaServer(endpoint.addresses().createSipURI(null, account.domain()), account,
                endpoint.addresses());
        this.callId = endpoint.provider().getNewCallId();
        if (account.transport() == Transport.TLS) {
            // the registrar we dial may present a certificate for the account's SIP domain (RFC 5922 §4)
            endpoint.tlsTargets().allow(account.server(), account.port(), account.domain());
        }
    }

    Account account() {
        return account;
    }

    Authenticator authenticator() {
        return auth;
    }

    Destination registrar() {
        return registrar;
    }

    boolean owns(ClientTransaction ct) {
        return ct != null && ct == pending;
    }

    boolean isPending() {
        return pending != null;
    }

    /** Registers or refreshes; a request still in flight answers for this one too. */
    void register() {
        if (pending != null && !removing) {
            LOG.debug("REGISTER for {} still in flight; not overlapping it", account.addressOfRecord());
            return;
        }
        removing = false;
        expires = (int) Math.min(Integer.MAX_VALUE, account.expires().toSeconds());
        start();
    }

    /** Removes our binding. Replaces a refresh in flight so shutdown does not wait for it. */
    void unregister() {
        stopKeepAlive();
        removing = true;
        expires = 0;
        start();
    }

    private void start() {
        attempt = new Authenticator.Attempt();
        intervalRetried = false;
        try {
            Request r = request();
            auth.addCached(r);
            send(r);
        } catch (ParseException | InvalidArgumentException e) {
            fail(0, "Cannot build REGISTER: " + e.getMessage(), false, Optional.empty());
        }
    }

    private Request request() throws ParseException, InvalidArgumentException {
        Address aor = endpoint.addresses().createAddress(endpoint.addresses().createURI(account.addressOfRecord()));
        if (!account.displayName().isBlank()) {
            aor.setDisplayName(account.displayName());
        }
        Request r = endpoint.request(Request.REGISTER, registrar.requestUri(), aor, fromTag, aor, callId, ++cseq,
                registrar.transport());
        r.addHeader(endpoint.headers().createRouteHeader(endpoint.addresses().createAddress(registrar.route().orElseThrow())));
        r.addHeader(endpoint.contact(account.user(), account.transport().token()));
        r.addHeader(endpoint.headers().createExpiresHeader(expires));
        return r;
    }

    private void send(Request r) {
        try {
            pending = endpoint.clientTransaction(r);
            pending.sendRequest();
        } catch (SipException e) {
            // a refused certificate or TLS version fails at once with its own reason; never a fallback to
            // TCP/UDP, and not credentialsRejected: core retries with back-off, in case the server is fixed
            TlsFailure.in(e).ifPresentOrElse(tls -> fail(0, tls.reason(), false, Optional.empty()),
                    () -> unreachable(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    void onResponse(Response response) {
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        try {
            if (status / 100 == 2) {
                pending = null;
                if (removing) {
                    events.accept(new SignallingEvent.Unregistered());
                } else {
                    keepFlowAlive();
                    events.accept(new SignallingEvent.Registered(Duration.ofSeconds(granted(response))));
                }
            } else if (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
                Request retry = request();
                Optional<Authenticator.Refusal> refusal = auth.answer(response, retry, attempt);
                if (refusal.isPresent()) {
                    fail(status, refusal.get().reason(), refusal.get().credentialsRejected(), Optional.empty());
                } else {
                    send(retry);
                }
            } else if (status == Response.INTERVAL_TOO_BRIEF && !intervalRetried && minExpires(response) > expires) {
                intervalRetried = true;
                expires = minExpires(response);
                Request retry = request();
                auth.addCached(retry);
                send(retry);
            } else {
                fail(status, response.getReasonPhrase(), status == Response.FORBIDDEN, retryAfter(response));
            }
        } catch (ParseException | InvalidArgumentException e) {
            fail(0, "Cannot build REGISTER: " + e.getMessage(), false, Optional.empty());
        }
    }

    void onTimeout() {
        fail(Response.REQUEST_TIMEOUT, "No answer from server " + account.server() + ":" + account.port(), false,
                Optional.empty());
    }

    /** The connection or the socket failed before any answer (TCP refused, host unreachable). */
    void unreachable(String detail) {
        fail(0, "Cannot reach server " + account.server() + ":" + account.port() + " over "
                + account.transport().token().toUpperCase(java.util.Locale.ROOT)
                + (detail == null || detail.isBlank() ? "" : ": " + detail), false, Optional.empty());
    }

    private void fail(int status, String reason, boolean credentialsRejected, Optional<Duration> retryAfter) {
        pending = null;
        stopKeepAlive();
        if (removing) {
            // shutdown must never hang on a registrar that does not answer
            events.accept(new SignallingEvent.Unregistered());
        } else {
            events.accept(new SignallingEvent.RegistrationFailed(status, reason == null ? "" : reason,
                    credentialsRejected, retryAfter));
        }
    }

    private void keepFlowAlive() {
        stopKeepAlive();
        keepAlive = FlowKeepAlive.over(endpoint.provider(), registrar.transport(), registrar.host(), registrar.port(),
                endpoint.config().keepAlive(), endpoint.timers(), this::flowLost);
        keepAlive.ifPresent(FlowKeepAlive::start);
    }

    private void stopKeepAlive() {
        keepAlive.ifPresent(FlowKeepAlive::stop);
        keepAlive = Optional.empty();
    }

    /** The registered connection died: our binding at the registrar points nowhere now. */
    private void flowLost(String why) {
        keepAlive = Optional.empty();
        if (pending != null || removing) {
            return; // the request in flight finds out by itself
        }
        long now = System.nanoTime();
        boolean flapping = lastFlowLoss != Long.MIN_VALUE && now - lastFlowLoss < FLOW_FLAP.toNanos();
        lastFlowLoss = now;
        if (flapping) {
            events.accept(new SignallingEvent.RegistrationFailed(0, "Connection to server " + account.server() + ":"
                    + account.port() + " lost again (" + why + ")", false, Optional.empty()));
        } else {
            LOG.info("connection to {}:{} lost ({}); registering again", account.server(), account.port(), why);
            register();
        }
    }

    /** Our Contact's expires parameter, else the Expires header, else what we asked for. */
    private int granted(Response response) {
        ListIterator<?> contacts = response.getHeaders(ContactHeader.NAME);
        int single = -1;
        int count = 0;
        while (contacts.hasNext()) {
            ContactHeader c = (ContactHeader) contacts.next();
            count++;
            single = c.getExpires();
            if (c.getAddress().getURI() instanceof SipURI uri && isOurs(uri) && c.getExpires() >= 0) {
                return positive(c.getExpires());
            }
        }
        if (count == 1 && single >= 0) {
            return positive(single);
        }
        ExpiresHeader header = response.getExpires();
        return header != null ? positive(header.getExpires()) : expires;
    }

    private int positive(int granted) {
        return granted > 0 ? granted : expires;
    }

    private boolean isOurs(SipURI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : account.transport() == Transport.TLS ? 5061 : 5060;
        return port == endpoint.port(account.transport().token()) && account.user().equals(uri.getUser())
                && (uri.getHost().equalsIgnoreCase(endpoint.host())
                || uri.getHost().equalsIgnoreCase(endpoint.config().bindAddress().getHostAddress()));
    }

    private static int minExpires(Response response) {
        MinExpiresHeader h = (MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME);
        return h == null ? -1 : h.getExpires();
    }

    static Optional<Duration> retryAfter(Response response) {
        RetryAfterHeader h = (RetryAfterHeader) response.getHeader(RetryAfterHeader.NAME);
        return h == null || h.getRetryAfter() <= 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(h.getRetryAfter()));
    }
}
