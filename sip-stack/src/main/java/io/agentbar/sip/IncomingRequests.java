package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.sdp.SdpCodec;
import io.agentbar.sip.sdp.SdpException;
import io.agentbar.sip.sdp.SessionDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Requests that start something: a new INVITE becomes an {@link InboundCall} and an IncomingCall
 * event (one whose Replaces names a call of ours says so, RFC 3891; one naming none gets 481); OPTIONS is answered as a liveness probe; everything else is refused the way RFC 3261
 * §8.2 asks (405 with Allow for methods we know, 501 for the rest).
 */
final class IncomingRequests {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingRequests.class);
    private static final Set<String> KNOWN_METHODS = Set.of("REGISTER", "MESSAGE", "SUBSCRIBE", "NOTIFY", "INFO",
            "REFER", "UPDATE", "PRACK", "PUBLISH");

    private final SipEndpoint endpoint;
    private final Consumer<SignallingEvent> events;
    private final Consumer<CallLeg> adopt;
    private final Supplier<String> localUser;
    private final CallScreening screening;
    /** Our call with a SIP Call-ID, for the INVITEs that name one in Replaces. */
    private final Function<String, Optional<CallLeg>> calls;

    IncomingRequests(SipEndpoint endpoint, Consumer<SignallingEvent> events, Consumer<CallLeg> adopt,
                     Supplier<String> localUser, CallScreening screening, Function<String, Optional<CallLeg>> calls) {
        this.endpoint = endpoint;
        this.events = events;
        this.adopt = adopt;
        this.localUser = localUser;
        this.screening = screening;
        this.calls = calls;
    }

    void onInvite(RequestEvent event) {
        Optional<ServerTransaction> found = endpoint.serverTransaction(event);
        if (found.isEmpty()) {
            return; // a retransmission: the transaction layer repeats our last answer
        }
        ServerTransaction st = found.get();
        Request request = event.getRequest();
        try {
            // first, so a scanner learns nothing else about us, not even which extensions we support
            Optional<CallScreening.Refusal> refused = screening.screen(event);
            if (refused.isPresent()) {
                endpoint.respond(st, endpoint.response(request, refused.get().status()));
                return;
            }
            List<String> required = required(request);
            if (!required.isEmpty()) {
                Response r = endpoint.response(request, Response.BAD_EXTENSION);
                for (String option : required) {
                    r.addHeader(endpoint.headers().createUnsupportedHeader(option));
                }
                endpoint.respond(st, r);
                return;
            }
            Optional<Replaces.Verdict> verdict = replacement(request);
            if (verdict.isPresent() && verdict.get() instanceof Replaces.Verdict.Refuse refuse) {
                LOG.debug("INVITE with Replaces refused with {}", refuse.status());
                respond(st, request, refuse.status());
                return;
            }
            Optional<CallId> replaces = verdict.map(v -> ((Replaces.Verdict.Replace) v).call());
            endpoint.respond(st, endpoint.response(request, Response.TRYING));
            Optional<String> body = SipEndpoint.sdp(request);
            if (body.isEmpty()) {
                LOG.debug("INVITE without SDP offer refused with 488");
                endpoint.respond(st, endpoint.response(request, Response.NOT_ACCEPTABLE_HERE));
                return;
            }
            SessionDescription offer = SdpCodec.parse(body.get());
            Dialog dialog = endpoint.provider().getNewDialog(st);
            InboundCall call = new InboundCall(CallId.random(), endpoint, events, st, dialog, offer,
                    calledUser(request), transport(request));
            adopt.accept(call);
            events.accept(new SignallingEvent.IncomingCall(call.id,
                    UserAgent.party((FromHeader) request.getHeader(FromHeader.NAME)),
                    UserAgent.party((ToHeader) request.getHeader(ToHeader.NAME)), offer.audio(), replaces,
                    autoAnswer(event), extensionHeaders(request)));
        } catch (SdpException e) {
            LOG.debug("INVITE with unusable SDP refused with 488: {}", e.getMessage());
            respond(st, request, Response.NOT_ACCEPTABLE_HERE);
        } catch (ParseException | SipException e) {
            LOG.debug("INVITE could not be taken", e);
            respond(st, request, Response.SERVER_INTERNAL_ERROR);
        }
    }

    /**
     * The INVITE's {@code X-} headers (how PBXs mark queue calls), names in lower case, the first
     * value of each: at most 32 of them, values cut at 256 characters, so a hostile INVITE cannot
     * make the event large.
     */
    static java.util.Map<String, String> extensionHeaders(Request request) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        java.util.ListIterator<String> names = request.getHeaderNames();
        while (names.hasNext() && out.size() < 32) {
            String name = names.next();
            if (name.length() > 2 && name.regionMatches(true, 0, "X-", 0, 2)) {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!out.containsKey(lower) && request.getHeader(name) instanceof javax.sip.header.ExtensionHeader h) {
                    String value = h.getValue() == null ? "" : h.getValue().strip();
                    out.put(lower, value.length() > 256 ? value.substring(0, 256) : value);
                }
            }
        }
        return out;
    }

    /** What the INVITE asks about answering by ourselves, heeded only from the account's server. */
    private Optional<java.time.Duration> autoAnswer(RequestEvent event) {
        Optional<java.time.Duration> requested = AutoAnswerRequest.of(event.getRequest());
        if (requested.isPresent() && !screening.fromAccountServer(event)) {
            LOG.info("auto answer asked for by a peer other than the account's server: ignored, the call rings");
            return Optional.empty();
        }
        return requested;
    }

    /** Methods without a handler of their own, in or out of a dialog. */
    void onOther(RequestEvent event, boolean inDialog) {
        String method = event.getRequest().getMethod();
        if (method.equals(Request.OPTIONS)) {
            Optional<ServerTransaction> st = endpoint.serverTransaction(event);
            if (st.isPresent()) {
                try {
                    Response ok = endpoint.response(event.getRequest(), Response.OK);
                    ok.addHeader(endpoint.headers().createAcceptHeader("application", "sdp"));
                    endpoint.respond(st.get(), ok);
                } catch (ParseException e) {
                    LOG.debug("cannot answer OPTIONS", e);
                }
            }
            return;
        }
        LOG.debug("{} {} refused", method, inDialog ? "in a dialog" : "outside a dialog");
        endpoint.respond(event, KNOWN_METHODS.contains(method) ? Response.METHOD_NOT_ALLOWED : Response.NOT_IMPLEMENTED);
    }

    private void respond(ServerTransaction st, Request request, int status) {
        try {
            endpoint.respond(st, endpoint.response(request, status));
        } catch (ParseException e) {
            LOG.debug("cannot build {}", status, e);
        }
    }

    /**
     * What RFC 3891 §3 makes of an INVITE's Replaces: 400 when malformed or repeated, else the
     * verdict on our call with that Call-ID. Empty without Replaces.
     */
    private Optional<Replaces.Verdict> replacement(Request request) {
        Optional<Replaces> replaces;
        try {
            replaces = Replaces.in(request);
        } catch (ParseException e) {
            LOG.debug("malformed Replaces: {}", e.getMessage());
            return Optional.of(new Replaces.Verdict.Refuse(Response.BAD_REQUEST));
        }
        return replaces.map(r -> r.against(calls.apply(r.callId()).map(Replaces.Dialogue::of)));
    }

    /** Of the extensions a request may require we support Replaces only; the rest get 420 (RFC 3261 §8.2.2.3). */
    private static List<String> required(Request request) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(RequireHeader.NAME);
        while (it.hasNext()) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (tag != null && !tag.isBlank() && !tag.strip().equalsIgnoreCase(Replaces.OPTION_TAG)) {
                out.add(tag.strip());
            }
        }
        return out;
    }

    /** The user the caller dialled, for our Contact; ours when the Request-URI has none. */
    private String calledUser(Request request) {
        return request.getRequestURI() instanceof SipURI uri && uri.getUser() != null ? uri.getUser() : localUser.get();
    }

    /** In-dialog requests should come back the way the INVITE came. */
    private static String transport(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return via == null || via.getTransport() == null ? "udp" : via.getTransport().toLowerCase(java.util.Locale.ROOT);
    }
}
