package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.sdp.SdpCodec;
import io.agentbar.sip.sdp.SdpException;
import io.agentbar.sip.sdp.SessionDescription;
import io.agentbar.sip.tls.TlsFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Our INVITE and the dialog it creates (RFC 3261 §13.2, §9.1 for CANCEL).
 *
 * <pre>
 * CALLING ──1xx──► PROCEEDING ──2xx/ACK──► ANSWERED ──hangUp/BYE──► DONE
 *    │ hangUp: remember, CANCEL on the first 1xx      │ hangUp: CANCEL; 487 ⇒ HungUp(487)
 *    └─ ≥300 ⇒ CallFailed (401/407 via our server: one authenticated retry)
 * </pre>
 * A 2xx after our CANCEL is ACKed and ended with BYE; HungUp reports the BYE's answer.
 */
final class OutboundCall extends CallLeg {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundCall.class);

    private enum Phase { CALLING, PROCEEDING, ANSWERED, DONE }

    private final Destination destination;
    private final Address from;
    private final String fromTag = UUID.randomUUID().toString().substring(0, 8);
    private final CallIdHeader callId;
    private final Optional<Authenticator> auth;
    private final Authenticator.Attempt attempt = new Authenticator.Attempt();
    private long cseq;
    private ClientTransaction invite;
    private ClientTransaction cancel;
    private Request ack;
    private Phase phase = Phase.CALLING;
    private boolean hangUpWanted;

    OutboundCall(CallId id, SipEndpoint endpoint, Consumer<SignallingEvent> events, Destination destination,
                 Address from, String localUser, MediaDescription offer, Optional<Authenticator> auth) {
        super(id, endpoint, events, localUser, destination.transport());
        this.destination = destination;
        this.from = from;
        this.auth = auth;
        this.callId = endpoint.provider().getNewCallId();
        this.localMedia = offer;
        this.localSdp = SdpCodec.write(offer, origin);
    }

    @Override
    String sipCallId() {
        return callId.getCallId();
    }

    Destination destination() {
        return destination;
    }

    void start() {
        try {
            send(request());
        } catch (ParseException | InvalidArgumentException e) {
            end(Optional.of(new SignallingEvent.CallFailed(id, 0, "Cannot build INVITE: " + e.getMessage())));
        }
    }

    private Request request() throws ParseException, InvalidArgumentException {
        Request r = endpoint.request(Request.INVITE, destination.requestUri(), from, fromTag, destination.to(), callId,
                ++cseq, destination.transport());
        if (destination.route().isPresent()) {
            r.addHeader(endpoint.headers().createRouteHeader(endpoint.addresses().createAddress(destination.route().get())));
        }
        r.addHeader(endpoint.contact(localUser, destination.transport()));
        r.addHeader(endpoint.headers().createAllowHeader(SipEndpoint.ALLOW));
        r.addHeader(endpoint.supported());
        endpoint.setSdp(r, localSdp);
        return r;
    }

    private void send(Request r) {
        try {
            invite = endpoint.clientTransaction(r);
            dialog = endpoint.provider().getNewDialog(invite);
            invite.sendRequest();
        } catch (SipException e) {
            unreachable(TlsFailure.in(e).map(TlsFailure::reason)
                    .orElse(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    /** The network failed before the callee could answer (TCP refused, no route). */
    void unreachable(String detail) {
        if (phase == Phase.CALLING) {
            end(Optional.of(new SignallingEvent.CallFailed(id, 0, "Cannot reach " + destination.host() + ":"
                    + destination.port() + (detail == null ? "" : ": " + detail))));
        }
    }

    @Override
    void hangUp() {
        switch (phase) {
            case CALLING -> hangUpWanted = true; // RFC 3261 §9.1: no CANCEL before a provisional response
            case PROCEEDING -> {
                hangUpWanted = true;
                sendCancel();
            }
            case ANSWERED -> {
                phase = Phase.DONE;
                sendBye();
            }
            case DONE -> {
                // already ending
            }
        }
    }

    private void sendCancel() {
        if (cancel != null) {
            return;
        }
        try {
            Request r = invite.createCancel();
            r.addHeader(endpoint.userAgent());
            cancel = endpoint.clientTransaction(r);
            cancel.sendRequest();
        } catch (SipException | ParseException e) {
            LOG.debug("call {}: CANCEL could not be sent", id, e);
            end(Optional.of(new SignallingEvent.HungUp(id, 0)));
        }
    }

    @Override
    void onResponse(ResponseEvent event) {
        Response r = event.getResponse();
        ClientTransaction ct = event.getClientTransaction();
        String method = ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getMethod();
        switch (method) {
            case Request.BYE -> {
                if (isBye(ct)) {
                    onByeResponse(r);
                }
            }
            case Request.INVITE -> onInviteResponse(r, ct, event.getDialog());
            default -> {
                // the 200 to our CANCEL says nothing; the INVITE's 487 ends the call
            }
        }
    }

    private void onInviteResponse(Response r, ClientTransaction ct, Dialog responseDialog) {
        int status = r.getStatusCode();
        if (status / 100 == 2) {
            onSuccess(r, responseDialog);
            return;
        }
        if (ct != invite || ended()) {
            return; // late answer to an INVITE we already retried with credentials
        }
        if (status < 200) {
            if (phase == Phase.CALLING) {
                phase = Phase.PROCEEDING;
            }
            if (hangUpWanted) {
                sendCancel();
            } else if (status > 100) {
                events.accept(new SignallingEvent.Progressed(id, status));
            }
            return;
        }
        phase = Phase.DONE;
        if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) && !hangUpWanted
                && destination.viaAccountServer() && auth.isPresent()) {
            retryWithCredentials(r);
            return;
        }
        end(Optional.of(hangUpWanted ? new SignallingEvent.HungUp(id, status)
                : new SignallingEvent.CallFailed(id, status, r.getReasonPhrase())));
    }

    private void retryWithCredentials(Response challenge) {
        try {
            Request retry = request();
            Optional<Authenticator.Refusal> refusal = auth.orElseThrow().answer(challenge, retry, attempt);
            if (refusal.isPresent()) {
                end(Optional.of(new SignallingEvent.CallFailed(id, challenge.getStatusCode(), refusal.get().reason())));
                return;
            }
            phase = Phase.CALLING;
            send(retry);
        } catch (ParseException | InvalidArgumentException e) {
            end(Optional.of(new SignallingEvent.CallFailed(id, 0, "Cannot build INVITE: " + e.getMessage())));
        }
    }

    private void onSuccess(Response r, Dialog responseDialog) {
        Dialog d = responseDialog != null ? responseDialog : dialog;
        long number = ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber();
        try {
            if (ack != null) {
                if (d == dialog) {
                    dialog.sendAck(ack); // a retransmitted 2xx: our ACK was lost
                } else {
                    Request other = d.createAck(number); // a second fork answered: take it down (RFC 3261 §13.2.2.4)
                    d.sendAck(other);
                    d.sendRequest(endpoint.clientTransaction(d.createRequest(Request.BYE)));
                }
                return;
            }
            dialog = d;
            ack = d.createAck(number);
            d.sendAck(ack);
        } catch (SipException | InvalidArgumentException e) {
            LOG.debug("call {}: ACK failed", id, e);
            if (ack == null) {
                end(Optional.of(new SignallingEvent.CallFailed(id, 0, "Cannot acknowledge the answer")));
                return;
            }
        }
        if (hangUpWanted || ended()) {
            phase = Phase.DONE;
            sendBye(); // answered while our CANCEL was on its way
            return;
        }
        try {
            SessionDescription answer = SdpCodec.parse(SipEndpoint.sdp(r).orElseThrow(() -> new SdpException("no SDP")));
            phase = Phase.ANSWERED;
            events.accept(new SignallingEvent.Answered(id, answer.audio()));
        } catch (SdpException e) {
            LOG.debug("call {}: answer without usable SDP: {}", id, e.getMessage());
            phase = Phase.DONE;
            end(Optional.of(new SignallingEvent.CallFailed(id, Response.NOT_ACCEPTABLE_HERE,
                    "The answer carried no usable audio description")));
            sendBye();
        }
    }

    @Override
    void onTimeout(ClientTransaction ct) {
        if (isBye(ct)) {
            onByeTimeout();
        } else if (ct == cancel) {
            end(Optional.of(new SignallingEvent.HungUp(id, Response.REQUEST_TIMEOUT)));
        } else if (ct == invite && (phase == Phase.CALLING || phase == Phase.PROCEEDING)) {
            // Timer B before any answer, or the stack's INVITE lifetime cap (Timer C-like) while ringing
            end(Optional.of(hangUpWanted ? new SignallingEvent.HungUp(id, Response.REQUEST_TIMEOUT)
                    : new SignallingEvent.CallFailed(id, Response.REQUEST_TIMEOUT,
                    "No answer from " + destination.host() + ":" + destination.port())));
        }
    }
}
