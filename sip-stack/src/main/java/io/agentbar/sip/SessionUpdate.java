package io.agentbar.sip;

import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.sdp.SdpCodec;
import io.agentbar.sip.sdp.SdpException;
import io.agentbar.sip.sdp.SessionDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Re-INVITEs of one established call (RFC 3261 §14, RFC 3264 §8): ours change the stream
 * direction (hold sendonly, resume sendrecv, RFC 6337); theirs are answered with the direction
 * both wishes allow. A 491 glare is retried once after the §14.1 random delay. Confined to the
 * signalling thread.
 */
final class SessionUpdate {
    private static final Logger LOG = LoggerFactory.getLogger(SessionUpdate.class);

    private final CallLeg leg;
    /** The direction we want; our answers to their offers never exceed it. */
    private MediaDirection wanted = MediaDirection.SENDRECV;
    private ClientTransaction pending;
    private MediaDirection pendingDirection;
    private boolean retried;

    SessionUpdate(CallLeg leg) {
        this.leg = leg;
    }

    boolean owns(ClientTransaction ct) {
        return ct != null && ct == pending;
    }

    /** Sends our re-offer with {@code direction}; refused while another one is under way. */
    void offer(MediaDirection direction) {
        if (leg.dialog == null || leg.localMedia == null || leg.ended() || leg.byeSent()) {
            failed(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        if (pending != null) {
            failed(Response.REQUEST_PENDING);
            return;
        }
        retried = false;
        send(direction);
    }

    private void send(MediaDirection direction) {
        try {
            Request r = leg.dialog.createRequest(Request.INVITE);
            r.addHeader(leg.endpoint.userAgent());
            r.addHeader(leg.endpoint.contact(leg.localUser, leg.transport));
            leg.origin = leg.origin.next();
            leg.localSdp = SdpCodec.write(leg.localMedia.withDirection(direction), leg.origin);
            leg.endpoint.setSdp(r, leg.localSdp);
            ClientTransaction ct = leg.endpoint.clientTransaction(r);
            pending = ct;
            pendingDirection = direction;
            leg.dialog.sendRequest(ct);
        } catch (SipException | ParseException e) {
            LOG.debug("call {}: re-INVITE could not be sent", leg.id, e);
            pending = null;
            failed(0);
        }
    }

    void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        pending = null;
        if (status < 300) {
            acknowledge(response);
            Optional<MediaDescription> answer = SipEndpoint.sdp(response).flatMap(SessionUpdate::audio);
            if (answer.isEmpty()) {
                failed(Response.NOT_ACCEPTABLE_HERE);
                return;
            }
            wanted = pendingDirection;
            leg.events.accept(new SignallingEvent.ReofferAnswered(leg.id, answer.get()));
        } else if (status == Response.REQUEST_PENDING && !retried) {
            // glare: both sides re-offered at once; the dialog's creator waits longer (RFC 3261 §14.1)
            retried = true;
            MediaDirection again = pendingDirection;
            long delay = leg instanceof OutboundCall ? ThreadLocalRandom.current().nextLong(2100, 4001)
                    : ThreadLocalRandom.current().nextLong(0, 2001);
            leg.endpoint.timers().schedule(() -> {
                if (!leg.ended() && pending == null) {
                    send(again);
                }
            }, delay, TimeUnit.MILLISECONDS);
            LOG.debug("call {}: re-INVITE glare (491), retry in {} ms", leg.id, delay);
        } else {
            failed(status);
        }
    }

    void onTimeout() {
        pending = null;
        failed(Response.REQUEST_TIMEOUT);
    }

    private void acknowledge(Response response) {
        try {
            long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
            Request ack = leg.dialog.createAck(cseq);
            leg.dialog.sendAck(ack);
        } catch (SipException | InvalidArgumentException e) {
            LOG.debug("call {}: ACK of re-INVITE could not be sent", leg.id, e);
        }
    }

    private void failed(int status) {
        leg.events.accept(new SignallingEvent.ReofferFailed(leg.id, status));
    }

    /**
     * Their re-offer: answered at once with what both wishes allow, the codecs of ours they still
     * offer (their payload numbers, RFC 3264 §6.1), and reported so the phone can show hold.
     */
    void onOffer(ServerTransaction st, Request request, String sdp) throws ParseException {
        if (pending != null) {
            leg.respondQuietly(st, request, Response.REQUEST_PENDING);
            return;
        }
        SessionDescription offer;
        try {
            offer = SdpCodec.parse(sdp);
        } catch (SdpException e) {
            LOG.debug("call {}: re-INVITE with unusable SDP: {}", leg.id, e.getMessage());
            leg.respondQuietly(st, request, Response.NOT_ACCEPTABLE_HERE);
            return;
        }
        List<PayloadFormat> common = leg.localMedia.formats().stream()
                .map(f -> offer.audio().format(f.codec())).flatMap(Optional::stream).toList();
        if (common.isEmpty()) {
            leg.respondQuietly(st, request, Response.NOT_ACCEPTABLE_HERE);
            return;
        }
        MediaDirection ours = wanted.and(offer.audio().direction().answerTo());
        MediaDescription answer = new MediaDescription(leg.localMedia.rtp(), leg.localMedia.rtcp(), common, ours,
                leg.localMedia.ptimeMillis(), leg.localMedia.transport());
        leg.origin = leg.origin.next();
        leg.localSdp = SdpCodec.writeAnswer(answer, leg.origin, offer);
        Response ok = leg.endpoint.response(request, Response.OK);
        ok.addHeader(leg.endpoint.contact(leg.localUser, leg.transport));
        leg.endpoint.setSdp(ok, leg.localSdp);
        leg.endpoint.respond(st, ok);
        leg.events.accept(new SignallingEvent.Reoffered(leg.id, offer.audio(), ours));
    }

    private static Optional<MediaDescription> audio(String sdp) {
        try {
            return Optional.of(SdpCodec.parse(sdp).audio());
        } catch (SdpException e) {
            LOG.debug("re-INVITE answer with unusable SDP: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
