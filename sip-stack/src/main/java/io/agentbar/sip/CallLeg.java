package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.sdp.SdpOrigin;
import io.agentbar.core.media.MediaDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What outgoing and incoming calls share once a dialog exists: BYE in both directions, answering
 * a re-INVITE, DTMF over INFO both ways, and the rule that a call reports its end exactly once. Confined to the signalling
 * thread.
 */
abstract sealed class CallLeg permits OutboundCall, InboundCall {
    private static final Logger LOG = LoggerFactory.getLogger(CallLeg.class);

    final CallId id;
    final SipEndpoint endpoint;
    final Consumer<SignallingEvent> events;
    final String localUser;
    final String transport;
    final DtmfRelay dtmf;
    Dialog dialog;
    /** Our current SDP, repeated unchanged when the peer refreshes the session with a re-INVITE. */
    String localSdp;
    /** Our description (offer or answer) and its o= line: re-offers change only the direction and version. */
    MediaDescription localMedia;
    SdpOrigin origin = SdpOrigin.random();
    final SessionUpdate update = new SessionUpdate(this);
    final Transfer transfer = new Transfer(this);
    private ClientTransaction bye;
    private boolean ended;

    CallLeg(CallId id, SipEndpoint endpoint, Consumer<SignallingEvent> events, String localUser, String transport) {
        this.id = id;
        this.endpoint = endpoint;
        this.events = events;
        this.localUser = localUser;
        this.transport = transport;
        this.dtmf = new DtmfRelay(id, endpoint, events);
    }

    abstract String sipCallId();

    abstract void hangUp();

    abstract void onResponse(ResponseEvent event);

    abstract void onTimeout(ClientTransaction ct);

    void onAck(RequestEvent event) {
        // only an incoming call waits for an ACK
    }

    boolean ended() {
        return ended;
    }

    /** Reports the end of the call, once; {@code event} may be empty when the phone already knows. */
    final void end(Optional<SignallingEvent> event) {
        if (!ended) {
            ended = true;
            event.ifPresent(events);
        }
    }

    final boolean byeSent() {
        return bye != null;
    }

    final boolean isBye(ClientTransaction ct) {
        return ct != null && ct == bye;
    }

    /** Sends BYE in the dialog; the answer (or timeout) ends the call with HungUp. */
    final void sendBye() {
        if (bye != null || dialog == null) {
            return;
        }
        try {
            Request r = dialog.createRequest(Request.BYE);
            r.addHeader(endpoint.userAgent());
            bye = endpoint.clientTransaction(r);
            dialog.sendRequest(bye);
        } catch (SipException | ParseException e) {
            LOG.debug("call {}: BYE could not be sent", id, e);
            end(Optional.of(new SignallingEvent.HungUp(id, 0)));
        }
    }

    /**
     * Any final answer to our BYE ends the call for us. A 401/407 is not answered: in-dialog
     * requests never carry credentials (digest-leak defence, reliability-security §4.3 #11).
     */
    final void onByeResponse(Response response) {
        if (response.getStatusCode() >= 200) {
            end(Optional.of(new SignallingEvent.HungUp(id, response.getStatusCode())));
        }
    }

    final void onByeTimeout() {
        end(Optional.of(new SignallingEvent.HungUp(id, Response.REQUEST_TIMEOUT)));
    }

    /** The far end hung up. If our own BYE crossed it, its answer will report the end. */
    final void onBye(RequestEvent event) {
        endpoint.respond(event, Response.OK);
        if (bye == null) {
            end(Optional.of(new SignallingEvent.RemoteHungUp(id)));
        }
    }

    /** Sends a digit as INFO; only a confirmed dialog that is not being torn down can carry one. */
    final void sendDtmfInfo(char digit, Duration duration) {
        if (ended || bye != null || dialog == null || dialog.getState() != DialogState.CONFIRMED) {
            LOG.debug("call {}: DTMF INFO '{}' dropped: no confirmed dialog", id, digit);
            return;
        }
        dtmf.send(dialog, digit, duration);
    }

    /** Sends an INFO with this body behind any digits queued; the answer comes as InfoAnswered. */
    final void sendInfo(String contentType, String body) {
        if (ended || bye != null || dialog == null || dialog.getState() != DialogState.CONFIRMED) {
            LOG.debug("call {}: INFO ({}) not sent: no confirmed dialog", id, contentType);
            events.accept(new SignallingEvent.InfoAnswered(id, contentType, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST));
            return;
        }
        dtmf.sendInfo(dialog, contentType, body);
    }

    /**
     * Any INFO in the dialog is answered 200, so a peer's DTMF or media-control INFO never breaks
     * the call (a refusal makes some PBXs hang up); a DTMF one is reported.
     */
    final void onInfo(RequestEvent event) {
        endpoint.respond(event, Response.OK);
        DtmfRelay.parse(event.getRequest())
                .ifPresent(d -> events.accept(new SignallingEvent.DtmfReceived(id, d.key(), d.duration())));
    }

    /**
     * A re-INVITE: with an offer it is answered by {@link SessionUpdate} (hold, resume,
     * re-anchoring); without one (a session refresh asking for our offer) with our current SDP.
     */
    final void onReInvite(RequestEvent event) {
        Optional<ServerTransaction> st = endpoint.serverTransaction(event);
        if (st.isEmpty()) {
            return;
        }
        Request request = event.getRequest();
        try {
            if (localSdp == null || ended || bye != null) {
                endpoint.respond(st.get(), endpoint.response(request, Response.REQUEST_PENDING));
                return;
            }
            Optional<String> offer = SipEndpoint.sdp(request);
            if (offer.isPresent() && localMedia != null) {
                update.onOffer(st.get(), request, offer.get());
                return;
            }
            Response ok = endpoint.response(request, Response.OK);
            ok.addHeader(endpoint.contact(localUser, transport));
            endpoint.setSdp(ok, localSdp);
            endpoint.respond(st.get(), ok);
        } catch (ParseException e) {
            LOG.debug("call {}: cannot answer re-INVITE", id, e);
            respondQuietly(st.get(), request, Response.SERVER_INTERNAL_ERROR);
        }
    }

    final void respondQuietly(ServerTransaction st, Request request, int status) {
        try {
            endpoint.respond(st, endpoint.response(request, status));
        } catch (ParseException e) {
            LOG.debug("call {}: cannot build {}", id, status, e);
        }
    }
}
