package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.sdp.SdpCodec;
import io.agentbar.sip.sdp.SessionDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An INVITE we received and the dialog we answer in (RFC 3261 §13.3).
 *
 * <pre>
 * RINGING ──accept/200──► ANSWERED ──ACK──► CONFIRMED ──BYE (either side)──► DONE
 *    ├─ reject ⇒ final response, DONE        │ hangUp before the ACK: BYE right after it (§15)
 *    └─ CANCEL ⇒ 200 + 487, Cancelled        └─ no ACK in 64·T1 ⇒ BYE, RemoteHungUp
 * </pre>
 * The 200 is retransmitted until the ACK by the JAIN-SIP dialog (Timer G/H) because the dialog
 * was created for the server transaction before the 200 was sent.
 */
final class InboundCall extends CallLeg {
    private static final Logger LOG = LoggerFactory.getLogger(InboundCall.class);

    private enum Phase { RINGING, ANSWERED, CONFIRMED, DONE }

    private final ServerTransaction invite;
    private final Request request;
    private final SessionDescription offer;
    private final String localTag = UUID.randomUUID().toString().substring(0, 8);
    private Phase phase = Phase.RINGING;
    private boolean byeAfterAck;

    InboundCall(CallId id, SipEndpoint endpoint, Consumer<SignallingEvent> events, ServerTransaction invite,
                Dialog dialog, SessionDescription offer, String localUser, String transport) {
        super(id, endpoint, events, localUser, transport);
        this.invite = invite;
        this.request = invite.getRequest();
        this.dialog = dialog;
        this.offer = offer;
    }

    @Override
    String sipCallId() {
        return dialog.getCallId().getCallId();
    }

    void ringing() {
        if (phase == Phase.RINGING) {
            send(Response.RINGING, Optional.empty());
        }
    }

    void accept(MediaDescription answer) {
        if (phase != Phase.RINGING) {
            return;
        }
        localMedia = answer;
        localSdp = SdpCodec.writeAnswer(answer, origin, offer);
        if (send(Response.OK, Optional.of(localSdp))) {
            phase = Phase.ANSWERED;
        } else {
            phase = Phase.DONE;
            end(Optional.of(new SignallingEvent.RemoteHungUp(id)));
        }
    }

    void reject(int status) {
        if (phase != Phase.RINGING) {
            return;
        }
        phase = Phase.DONE;
        send(status >= 300 && status <= 699 ? status : Response.DECLINE, Optional.empty());
        end(Optional.empty()); // the phone asked for it and knows
    }

    /**
     * Redirects the caller to {@code target} with 302 Moved Temporarily (RFC 3261 §21.3.3): its
     * side places the new call, so the dialog never forms and the call is over for us.
     */
    void forward(SipURI target) {
        if (phase != Phase.RINGING) {
            return;
        }
        phase = Phase.DONE;
        try {
            send(Response.MOVED_TEMPORARILY, Optional.empty(),
                    Optional.of(endpoint.headers().createContactHeader(endpoint.addresses().createAddress(target))));
        } catch (RuntimeException e) {
            LOG.debug("call {}: could not redirect to {}", id, target, e);
        }
        end(Optional.empty()); // the phone asked for it and knows
    }

    @Override
    void hangUp() {
        switch (phase) {
            case RINGING -> reject(Response.DECLINE);
            case ANSWERED -> byeAfterAck = true; // RFC 3261 §15: the callee waits for the ACK before BYE
            case CONFIRMED -> {
                phase = Phase.DONE;
                sendBye();
            }
            case DONE -> {
                // already ending
            }
        }
    }

    @Override
    void onAck(RequestEvent event) {
        if (phase != Phase.ANSWERED) {
            return; // the ACK of a re-INVITE's 200, or a late duplicate
        }
        phase = Phase.CONFIRMED;
        events.accept(new SignallingEvent.Confirmed(id));
        if (byeAfterAck) {
            phase = Phase.DONE;
            sendBye();
        }
    }

    /** CANCEL before our final answer ends the call; afterwards it changes nothing (§9.2). */
    void onCancel(RequestEvent cancel) {
        endpoint.respond(cancel, Response.OK);
        if (phase == Phase.RINGING) {
            phase = Phase.DONE;
            send(Response.REQUEST_TERMINATED, Optional.empty());
            end(Optional.of(new SignallingEvent.Cancelled(id)));
        }
    }

    /** Our 200 was never ACKed: the caller is gone (§13.3.1.4: the session SHOULD be terminated). */
    void onAckTimeout() {
        if (phase != Phase.ANSWERED) {
            return;
        }
        LOG.info("call {}: no ACK for our 200 OK; ending the call", id);
        phase = Phase.DONE;
        if (!byeAfterAck) {
            end(Optional.of(new SignallingEvent.RemoteHungUp(id)));
        }
        sendBye();
    }

    @Override
    void onResponse(ResponseEvent event) {
        Response r = event.getResponse();
        if (((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getMethod().equals(Request.BYE)
                && isBye(event.getClientTransaction())) {
            onByeResponse(r);
        }
    }

    @Override
    void onTimeout(ClientTransaction ct) {
        if (isBye(ct)) {
            onByeTimeout();
        }
    }

    /** Sends a response to the INVITE with our To tag (and Contact and SDP where they belong). */
    private boolean send(int status, Optional<String> sdp) {
        try {
            return send(status, sdp, status < 300 ? Optional.of(endpoint.contact(localUser, transport)) : Optional.empty());
        } catch (java.text.ParseException e) {
            LOG.debug("call {}: no Contact for {}", id, status, e);
            return false;
        }
    }

    private boolean send(int status, Optional<String> sdp, Optional<ContactHeader> contact) {
        try {
            Response r = endpoint.response(request, status);
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(localTag);
            contact.ifPresent(r::addHeader);
            if (status / 100 == 2) {
                r.addHeader(endpoint.supported());
            }
            if (sdp.isPresent()) {
                endpoint.setSdp(r, sdp.get());
            }
            invite.sendResponse(r);
            return true;
        } catch (Exception e) {
            // SipException, InvalidArgumentException, ParseException, or the stack's own runtime faults
            LOG.debug("call {}: could not send {}", id, status, e);
            return false;
        }
    }
}
