package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.signalling.PresenceStatus;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.auth.DigestCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The SIP side of the phone: commands from core and events from JAIN-SIP meet here, on the one
 * signalling thread, which owns every map below. Requests are sorted by method and Call-ID to
 * the {@link Registration}, a {@link CallLeg} or {@link IncomingRequests}.
 */
final class UserAgent {
    private static final Logger LOG = LoggerFactory.getLogger(UserAgent.class);

    private final SipEndpoint endpoint;
    private final Consumer<SignallingEvent> events;
    private final Optional<LocationService> location;
    private final SecureRandom random = new SecureRandom();
    private final Map<CallId, CallLeg> calls = new HashMap<>();
    private final Map<String, CallLeg> bySipCallId = new HashMap<>();
    private final IncomingRequests incoming;
    private final CallScreening screening;
    private Registration registration;
    private Publication publication;

    UserAgent(SipEndpoint endpoint, Consumer<SignallingEvent> events, Optional<LocationService> location) {
        this.endpoint = endpoint;
        this.events = events;
        this.location = location;
        this.screening = new CallScreening(() -> location.isPresent() || registration == null ? Optional.empty()
                : Optional.of(registration.account()));
        this.incoming = new IncomingRequests(endpoint, events, this::adopt, this::localUser, screening,
                sipCallId -> Optional.ofNullable(bySipCallId.get(sipCallId)));
    }

    // ---- commands --------------------------------------------------------------------------

    void register(Account account, Secret password) {
        DigestCredentials credentials = new DigestCredentials(account.authUser(), password);
        if (registration == null || !registration.account().equals(account)
                || !registration.authenticator().sameCredentials(credentials)) {
            try {
                // another account or password: a new Call-ID and no cached nonce
                registration = new Registration(account, endpoint,
                        new Authenticator(credentials, endpoint.headers(), random), events);
            } catch (ParseException e) {
                events.accept(new SignallingEvent.RegistrationFailed(0, "Invalid account address: " + e.getMessage(),
                        true, Optional.empty()));
                return;
            }
        }
        registration.register();
    }

    void unregister() {
        if (registration == null) {
            events.accept(new SignallingEvent.Unregistered());
        } else {
            registration.unregister();
        }
    }

    /** Publishes for the registered account; a new account or password starts a new publication. */
    void publishPresence(PresenceStatus status) {
        if (registration == null) {
            events.accept(new SignallingEvent.PresenceRefused(0, "No account to publish for", false));
            return;
        }
        if (publication == null || publication.registration() != registration) {
            if (publication != null) {
                publication.stop();
            }
            publication = new Publication(registration, endpoint, events);
        }
        publication.publish(status);
    }

    void withdrawPresence() {
        if (publication != null && publication.registration() == registration) {
            publication.withdraw();
        }
    }

    void invite(CallId id, String target, MediaDescription offer) {
        if (calls.containsKey(id)) {
            LOG.warn("call {} already exists; INVITE not sent", id);
            return;
        }
        Optional<Account> account = Optional.ofNullable(registration).map(Registration::account);
        Destination destination;
        Address from;
        try {
            destination = Destination.resolve(target, account, location, endpoint);
            from = from(account);
        } catch (Destination.Unroutable e) {
            events.accept(new SignallingEvent.CallFailed(id, e.status, e.getMessage()));
            return;
        } catch (ParseException e) {
            events.accept(new SignallingEvent.CallFailed(id, 0, "Invalid account address: " + e.getMessage()));
            return;
        }
        Optional<Authenticator> auth = destination.viaAccountServer() && registration != null
                ? Optional.of(registration.authenticator()) : Optional.empty();
        OutboundCall call = new OutboundCall(id, endpoint, events, destination, from, localUser(), offer, auth);
        adopt(call);
        call.start();
        forgetIfEnded(call);
    }

    void ringing(CallId id) {
        withInbound(id, InboundCall::ringing);
    }

    void accept(CallId id, MediaDescription answer) {
        withInbound(id, c -> c.accept(answer));
    }

    void reject(CallId id, int status) {
        withInbound(id, c -> c.reject(status));
    }

    /** A 302 to {@code target}, reachable the way a REFER's target is: the caller dials it itself. */
    void forward(CallId id, String target) {
        withInbound(id, c -> {
            try {
                Optional<Account> account = Optional.ofNullable(registration).map(Registration::account);
                c.forward(reachable(Destination.resolve(target, account, location, endpoint).requestUri(), account));
            } catch (Destination.Unroutable | ParseException e) {
                // the phone already ended the call: the caller must not be left ringing
                LOG.info("call {}: cannot forward to '{}' ({}); declining", id, target, e.getMessage());
                c.reject(e instanceof Destination.Unroutable u && u.status >= 300 ? u.status : 480);
            }
        });
    }

    void updateDirection(CallId id, MediaDirection direction) {
        CallLeg call = calls.get(id);
        if (call == null) {
            events.accept(new SignallingEvent.ReofferFailed(id, 481));
        } else {
            call.update.offer(direction);
        }
    }

    void refer(CallId id, String target) {
        CallLeg call = calls.get(id);
        if (call == null) {
            events.accept(new SignallingEvent.TransferProgressed(id, false, 481, "No such call"));
            return;
        }
        try {
            Optional<Account> account = Optional.ofNullable(registration).map(Registration::account);
            Destination d = Destination.resolve(target, account, location, endpoint);
            call.transfer.refer("<" + reachable(d.requestUri(), account) + ">", "<" + from(account).getURI() + ">");
        } catch (Destination.Unroutable e) {
            events.accept(new SignallingEvent.TransferProgressed(id, false, e.status, e.getMessage()));
        } catch (ParseException e) {
            events.accept(new SignallingEvent.TransferProgressed(id, false, 0, "Invalid transfer target"));
        }
    }

    void referReplacing(CallId id, CallId consultationId) {
        CallLeg call = calls.get(id);
        CallLeg consultation = calls.get(consultationId);
        if (call == null || consultation == null) {
            events.accept(new SignallingEvent.TransferProgressed(id, false, 481, "No such call"));
            return;
        }
        try {
            Optional<Account> account = Optional.ofNullable(registration).map(Registration::account);
            SipURI target = reachable((SipURI) consultation.dialog.getRemoteParty().getURI(), account);
            call.transfer.refer(Transfer.replacing(consultation, target), "<" + from(account).getURI() + ">");
        } catch (ParseException e) {
            events.accept(new SignallingEvent.TransferProgressed(id, false, 0, e.getMessage()));
        }
    }

    /**
     * A URI of our domain as someone else must dial it: the transferee sends its INVITE there
     * itself. When the account names no SIP domain of its own, the registrar's address (port and
     * transport included) is how anyone reaches our users.
     */
    private static SipURI reachable(SipURI uri, Optional<Account> account) throws ParseException {
        SipURI out = (SipURI) uri.clone();
        if (account.isEmpty() || out.getPort() > 0 || !out.getHost().equalsIgnoreCase(account.get().domain())
                || !account.get().domain().equalsIgnoreCase(account.get().server())) {
            return out;
        }
        Account a = account.get();
        if (a.port() != a.transport().defaultPort()) {
            out.setPort(a.port());
        }
        if (a.transport() != io.agentbar.core.account.Transport.UDP) {
            out.setTransportParam(a.transport().token());
        }
        return out;
    }

    void hangUp(CallId id) {
        CallLeg call = calls.get(id);
        if (call != null) {
            call.hangUp();
            forgetIfEnded(call);
        }
    }

    void sendDtmfInfo(CallId id, char digit, Duration duration) {
        CallLeg call = calls.get(id);
        if (call != null) {
            call.sendDtmfInfo(digit, duration);
        }
    }

    void sendInfo(CallId id, String contentType, String body) {
        CallLeg call = calls.get(id);
        if (call == null) {
            events.accept(new SignallingEvent.InfoAnswered(id, contentType, 481));
        } else {
            call.sendInfo(contentType, body);
        }
    }

    // ---- JAIN-SIP events -------------------------------------------------------------------

    void onRequest(RequestEvent event) {
        Request request = event.getRequest();
        CallLeg call = bySipCallId.get(callId(request));
        switch (request.getMethod()) {
            case Request.ACK -> {
                if (call != null) {
                    call.onAck(event);
                }
            }
            case Request.BYE -> {
                if (call == null) {
                    endpoint.respond(event, 481);
                } else {
                    call.onBye(event);
                }
            }
            case Request.CANCEL -> {
                if (call instanceof InboundCall in) {
                    in.onCancel(event);
                } else {
                    endpoint.respond(event, 481);
                }
            }
            case Request.INVITE -> {
                if (hasToTag(request)) {
                    if (call == null) {
                        endpoint.respond(event, 481);
                    } else {
                        call.onReInvite(event);
                        recordingIndication(call, request, false);
                    }
                } else if (call != null) {
                    endpoint.respond(event, 482); // same Call-ID, new transaction: a loop or a merged request
                } else {
                    incoming.onInvite(event);
                    if (bySipCallId.get(callId(request)) instanceof InboundCall rung) {
                        recordingIndication(rung, request, true);
                    }
                }
            }
            case Request.INFO -> {
                if (call == null) {
                    endpoint.respond(event, 481); // RFC 6086 §4.2.2: INFO belongs to an invite dialog
                } else {
                    call.onInfo(event);
                }
            }
            case Request.REGISTER -> location.ifPresentOrElse(l -> l.onRegister(event, endpoint),
                    () -> endpoint.respond(event, 405));
            case Request.NOTIFY -> {
                if (call != null && Transfer.eventPackage(request).filter(e -> e.toLowerCase().startsWith("refer")).isPresent()) {
                    call.transfer.onNotify(event);
                } else if (call == null && hasToTag(request)) {
                    endpoint.respond(event, 481);
                } else {
                    incoming.onOther(event, call != null);
                }
            }
            default -> {
                if (call == null && hasToTag(request)) {
                    endpoint.respond(event, 481); // claims a dialog we do not have
                } else {
                    incoming.onOther(event, call != null);
                }
            }
        }
        if (call != null) {
            forgetIfEnded(call);
        }
    }

    void onResponse(ResponseEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        if (registration != null && registration.owns(ct)) {
            screening.answered(event);
            registration.onResponse(event.getResponse());
            return;
        }
        if (publication != null && publication.owns(ct)) {
            publication.onResponse(event.getResponse());
            return;
        }
        CallLeg call = bySipCallId.get(callId(event.getResponse()));
        if (call != null) {
            if (call.update.owns(ct)) {
                call.update.onResponse(event);
            } else if (call.transfer.owns(ct)) {
                call.transfer.onResponse(event);
            } else if (call.dtmf.owns(ct)) {
                call.dtmf.onResponse(event.getResponse(), ct.getDialog());
            } else {
                call.onResponse(event);
                if (call instanceof OutboundCall && event.getResponse().getStatusCode() / 100 == 2
                        && Request.INVITE.equals(((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getMethod())) {
                    recordingIndication(call, event.getResponse(), false);
                }
            }
            forgetIfEnded(call);
        }
    }

    void onTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            ServerTransaction st = event.getServerTransaction();
            if (st != null && bySipCallId.get(callId(st.getRequest())) instanceof InboundCall in) {
                in.onAckTimeout();
                forgetIfEnded(in);
            }
            return;
        }
        ClientTransaction ct = event.getClientTransaction();
        if (ct == null) {
            return;
        }
        if (registration != null && registration.owns(ct)) {
            registration.onTimeout();
            return;
        }
        if (publication != null && publication.owns(ct)) {
            publication.onTimeout();
            return;
        }
        CallLeg call = bySipCallId.get(callId(ct.getRequest()));
        if (call != null) {
            if (call.update.owns(ct)) {
                call.update.onTimeout();
            } else if (call.transfer.owns(ct)) {
                call.transfer.onTimeout();
            } else if (call.dtmf.owns(ct)) {
                call.dtmf.onTimeout(ct.getDialog());
            } else {
                call.onTimeout(ct);
            }
            forgetIfEnded(call);
        }
    }

    /** Ack-less 200s arrive here as dialog timeouts (JAIN-SIP's SipListenerExt). */
    void onAckTimeout(String sipCallId) {
        if (bySipCallId.get(sipCallId) instanceof InboundCall in) {
            in.onAckTimeout();
            forgetIfEnded(in);
        }
    }

    /** A send failed below the transactions (TCP refused or reset, ICMP seen by the socket). */
    void onIOException(IOExceptionEvent event) {
        String detail = "connection to " + event.getHost() + ":" + event.getPort() + " failed";
        if (registration != null && registration.isPending() && matches(registration.registrar(), event)) {
            registration.unreachable(detail);
        }
        for (CallLeg call : calls.values().toArray(CallLeg[]::new)) {
            if (call instanceof OutboundCall out && matches(out.destination(), event)) {
                out.unreachable(detail);
                forgetIfEnded(out);
            }
        }
    }

    /**
     * Reports what a message says about the server recording the call, by the registered account's
     * rule (the default one, {@code X-Record}, when no account is registered: a test line or a
     * peer-to-peer call). {@code onlyOn}: a new INVITE without "on" leaves nothing to report.
     */
    private void recordingIndication(CallLeg call, Message message, boolean onlyOn) {
        if (call.ended()) {
            return;
        }
        ServerRecordingRule rule = registration != null ? registration.account().serverRecording()
                : ServerRecordingRule.DEFAULT;
        ServerRecordingHeader.of(message, rule).filter(on -> on || !onlyOn)
                .ifPresent(on -> events.accept(new SignallingEvent.ServerRecordingIndicated(call.id, on)));
    }

    // ---- plumbing --------------------------------------------------------------------------

    private void adopt(CallLeg call) {
        calls.put(call.id, call);
        bySipCallId.put(call.sipCallId(), call);
    }

    private void forgetIfEnded(CallLeg call) {
        if (call.ended()) {
            calls.remove(call.id);
            bySipCallId.remove(call.sipCallId(), call);
        }
    }

    private void withInbound(CallId id, Consumer<InboundCall> action) {
        if (calls.get(id) instanceof InboundCall in) {
            action.accept(in);
            forgetIfEnded(in);
        }
    }

    private String localUser() {
        return registration != null ? registration.account().user() : endpoint.config().localUser();
    }

    private Address from(Optional<Account> account) throws ParseException {
        Address a;
        if (account.isPresent()) {
            a = endpoint.addresses().createAddress(endpoint.addresses().createURI(account.get().addressOfRecord()));
            if (!account.get().displayName().isBlank()) {
                a.setDisplayName(account.get().displayName());
            }
        } else {
            SipURI us = endpoint.addresses().createSipURI(endpoint.config().localUser(), endpoint.host());
            us.setPort(endpoint.port());
            a = endpoint.addresses().createAddress(us);
        }
        return a;
    }

    private static boolean matches(Destination d, IOExceptionEvent e) {
        return d.port() == e.getPort() && d.transport().equalsIgnoreCase(e.getTransport())
                && d.host().equalsIgnoreCase(e.getHost());
    }

    static String callId(Message message) {
        CallIdHeader h = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
        return h == null ? "" : h.getCallId();
    }

    private static boolean hasToTag(Request request) {
        return request.getHeader(ToHeader.NAME) instanceof ToHeader to && to.getTag() != null;
    }

    static Party party(HeaderAddress header) {
        Address a = header.getAddress();
        return new Party(a.getURI().toString(), a.getDisplayName());
    }
}
