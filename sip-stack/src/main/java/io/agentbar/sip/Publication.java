package io.agentbar.sip;

import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.PresenceStatus;
import io.agentbar.core.signalling.SignallingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.SIPETagHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Our presence at the account's server (RFC 3903 event state publication, event package
 * presence): the first PUBLISH carries the document, the server names it with a SIP-ETag, and
 * from then on we refresh without a body and change or remove it with SIP-If-Match. One request
 * in flight at a time; a change made meanwhile is sent when it is answered. A server without
 * presence (489 Bad Event, 405, 501) is reported once and never asked again. Confined to the
 * signalling thread.
 */
final class Publication {
    private static final Logger LOG = LoggerFactory.getLogger(Publication.class);
    static final int EXPIRES = 3600;
    private static final String EVENT = "presence";

    private final Registration registration;
    private final SipEndpoint endpoint;
    private final Consumer<SignallingEvent> events;
    private final CallIdHeader callId;
    private final String fromTag = UUID.randomUUID().toString().substring(0, 8);
    private final String tupleId = "agentbar-" + UUID.randomUUID().toString().substring(0, 8);
    private long cseq;

    private Optional<String> etag = Optional.empty();
    /** What should be published; empty after a withdrawal. */
    private Optional<PresenceStatus> wanted = Optional.empty();
    private ClientTransaction pending;
    private Kind pendingKind;
    private boolean changedMeanwhile;
    private Authenticator.Attempt attempt;
    private int expires = EXPIRES;
    private boolean intervalRetried;
    private boolean conditionRetried;
    private boolean unsupported;
    private ScheduledFuture<?> refresh;

    private enum Kind { DOCUMENT, REFRESH, REMOVE }

    Publication(Registration registration, SipEndpoint endpoint, Consumer<SignallingEvent> events) {
        this.registration = registration;
        this.endpoint = endpoint;
        this.events = events;
        this.callId = endpoint.provider().getNewCallId();
    }

    Registration registration() {
        return registration;
    }

    boolean owns(ClientTransaction ct) {
        return ct != null && ct == pending;
    }

    void publish(PresenceStatus status) {
        if (unsupported) {
            events.accept(new SignallingEvent.PresenceRefused(489, "The server takes no presence", true));
            return;
        }
        wanted = Optional.of(status);
        if (pending != null) {
            changedMeanwhile = true;
            return;
        }
        start(Kind.DOCUMENT);
    }

    void withdraw() {
        wanted = Optional.empty();
        cancelRefresh();
        if (pending != null) {
            changedMeanwhile = true;
        } else if (etag.isPresent() && !unsupported) {
            start(Kind.REMOVE);
        }
    }

    /** No more timers: the stack is going away. */
    void stop() {
        cancelRefresh();
    }

    private void start(Kind kind) {
        attempt = new Authenticator.Attempt();
        intervalRetried = false;
        conditionRetried = false;
        try {
            Request r = request(kind);
            registration.authenticator().addCached(r);
            send(r, kind);
        } catch (ParseException | InvalidArgumentException e) {
            events.accept(new SignallingEvent.PresenceRefused(0, "Cannot build PUBLISH: " + e.getMessage(), false));
        }
    }

    private Request request(Kind kind) throws ParseException, InvalidArgumentException {
        Destination registrar = registration.registrar();
        String aorText = registration.account().addressOfRecord();
        Address aor = endpoint.addresses().createAddress(endpoint.addresses().createURI(aorText));
        Request r = endpoint.request(Request.PUBLISH, aor.getURI(), aor, fromTag, aor, callId, ++cseq,
                registrar.transport());
        r.addHeader(endpoint.headers().createRouteHeader(endpoint.addresses().createAddress(registrar.route().orElseThrow())));
        r.addHeader(endpoint.headers().createEventHeader(EVENT));
        r.addHeader(endpoint.headers().createExpiresHeader(kind == Kind.REMOVE ? 0 : expires));
        if (kind != Kind.DOCUMENT || etag.isPresent()) {
            // a change of the document we published is still a modification of it (RFC 3903 §4.4)
            etag.ifPresent(tag -> {
                try {
                    r.addHeader(endpoint.headers().createSIPIfMatchHeader(tag));
                } catch (ParseException e) {
                    throw new IllegalArgumentException(e);
                }
            });
        }
        if (kind == Kind.DOCUMENT) {
            r.setContent(Pidf.document(aorText, tupleId, wanted.orElseThrow()).getBytes(StandardCharsets.UTF_8),
                    endpoint.headers().createContentTypeHeader(Pidf.TYPE, Pidf.SUBTYPE));
        }
        return r;
    }

    private void send(Request r, Kind kind) {
        try {
            pending = endpoint.clientTransaction(r);
            pendingKind = kind;
            pending.sendRequest();
        } catch (SipException e) {
            pending = null;
            failed(0, "Cannot send PUBLISH: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    void onResponse(Response response) {
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        Kind kind = pendingKind;
        pending = null;
        try {
            if (status / 100 == 2) {
                onSuccess(response, kind);
            } else if (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
                Request retry = request(kind);
                Optional<Authenticator.Refusal> refusal = registration.authenticator().answer(response, retry, attempt);
                if (refusal.isPresent()) {
                    failed(status, refusal.get().reason());
                } else {
                    send(retry, kind);
                }
            } else if (status == Response.CONDITIONAL_REQUEST_FAILED && !conditionRetried) {
                // the server forgot our entity (restart, expiry): publish the document afresh, no If-Match
                conditionRetried = true;
                etag = Optional.empty();
                if (wanted.isPresent()) {
                    Request retry = request(Kind.DOCUMENT);
                    registration.authenticator().addCached(retry);
                    send(retry, Kind.DOCUMENT);
                }
            } else if (status == Response.INTERVAL_TOO_BRIEF && !intervalRetried && minExpires(response) > expires) {
                intervalRetried = true;
                expires = minExpires(response);
                Request retry = request(kind);
                registration.authenticator().addCached(retry);
                send(retry, kind);
            } else if (status == Response.BAD_EVENT || status == Response.METHOD_NOT_ALLOWED
                    || status == Response.NOT_IMPLEMENTED) {
                unsupported = true;
                etag = Optional.empty();
                cancelRefresh();
                LOG.info("{} takes no presence ({} {}); not publishing again", registration.account().server(), status,
                        response.getReasonPhrase());
                events.accept(new SignallingEvent.PresenceRefused(status, response.getReasonPhrase(), true));
            } else {
                failed(status, response.getReasonPhrase());
            }
        } catch (ParseException | InvalidArgumentException e) {
            failed(0, "Cannot build PUBLISH: " + e.getMessage());
        }
    }

    private void onSuccess(Response response, Kind kind) {
        if (kind == Kind.REMOVE) {
            etag = Optional.empty();
        } else {
            SIPETagHeader tag = (SIPETagHeader) response.getHeader(SIPETagHeader.NAME);
            etag = tag == null ? Optional.empty() : Optional.ofNullable(tag.getETag());
            ExpiresHeader granted = response.getExpires();
            int seconds = granted != null && granted.getExpires() > 0 ? granted.getExpires() : expires;
            scheduleRefresh(Duration.ofSeconds(seconds));
            if (kind == Kind.DOCUMENT) {
                events.accept(new SignallingEvent.PresencePublished());
            }
        }
        sendChangeMadeMeanwhile();
    }

    private void failed(int status, String reason) {
        cancelRefresh();
        LOG.info("PUBLISH to {} failed: {} {}", registration.account().server(), status, reason);
        events.accept(new SignallingEvent.PresenceRefused(status, reason == null ? "" : reason, false));
        sendChangeMadeMeanwhile();
    }

    private void sendChangeMadeMeanwhile() {
        if (!changedMeanwhile || unsupported) {
            return;
        }
        changedMeanwhile = false;
        if (wanted.isPresent()) {
            start(Kind.DOCUMENT);
        } else if (etag.isPresent()) {
            start(Kind.REMOVE);
        }
    }

    void onTimeout() {
        pending = null;
        failed(Response.REQUEST_TIMEOUT, "No answer from server " + registration.account().server());
    }

    private void scheduleRefresh(Duration granted) {
        cancelRefresh();
        long delay = RetryPolicy.refreshDelay(granted).toMillis();
        refresh = endpoint.timers().schedule(() -> {
            if (pending == null && etag.isPresent() && wanted.isPresent()) {
                start(Kind.REFRESH);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void cancelRefresh() {
        if (refresh != null) {
            refresh.cancel(false);
            refresh = null;
        }
    }

    private static int minExpires(Response response) {
        MinExpiresHeader h = (MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME);
        return h == null ? -1 : h.getExpires();
    }
}
