package io.agentbar.sip;

import io.agentbar.core.signalling.SignallingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our transfers of one call (RFC 3515): the REFER, then the implicit subscription's NOTIFYs whose
 * {@code message/sipfrag} bodies say how the target's call is going. For an attended transfer the
 * Refer-To carries a Replaces of the consultation dialog (RFC 3891, RFC 5589). Confined to the
 * signalling thread.
 */
final class Transfer {
    private static final Logger LOG = LoggerFactory.getLogger(Transfer.class);
    private static final Pattern SIPFRAG = Pattern.compile("^SIP/2\\.0\\s+(\\d{3})\\s*(.*)$", Pattern.MULTILINE);

    private final CallLeg leg;
    private ClientTransaction refer;
    /**
     * A NOTIFY already reported: the REFER's 2xx can be handled after it (JAIN-SIP hands a
     * response and a request to different threads), and must not turn a final report back into
     * "accepted".
     */
    private boolean notified;

    Transfer(CallLeg leg) {
        this.leg = leg;
    }

    boolean owns(ClientTransaction ct) {
        return ct != null && ct == refer;
    }

    /** REFER to {@code referTo}, a complete Refer-To value such as {@code <sip:1003@pbx>}. */
    void refer(String referTo, String referredBy) {
        if (leg.dialog == null || leg.ended() || leg.byeSent()) {
            progressed(false, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "No call to transfer");
            return;
        }
        try {
            Request r = leg.dialog.createRequest(Request.REFER);
            r.addHeader(leg.endpoint.userAgent());
            r.addHeader(leg.endpoint.contact(leg.localUser, leg.transport));
            r.addHeader(leg.endpoint.headers().createHeader("Refer-To", referTo));
            r.addHeader(leg.endpoint.headers().createHeader("Referred-By", referredBy));
            refer = leg.endpoint.clientTransaction(r);
            notified = false;
            leg.dialog.sendRequest(refer);
        } catch (SipException | ParseException e) {
            LOG.debug("call {}: REFER could not be sent", leg.id, e);
            progressed(false, 0, "The transfer request could not be sent");
        }
    }

    /**
     * The Refer-To for an attended transfer: the consultation's far end, with the Replaces that
     * names that dialog as the target sees it (its local tag is our remote tag).
     */
    static String replacing(CallLeg consultation, javax.sip.address.SipURI target) throws ParseException {
        Dialog d = consultation.dialog;
        if (d == null || d.getRemoteTag() == null) {
            throw new ParseException("the consultation call has no confirmed dialog", 0);
        }
        String replaces = d.getCallId().getCallId() + ";to-tag=" + d.getRemoteTag() + ";from-tag=" + d.getLocalTag();
        return "<" + target + "?Replaces=" + URLEncoder.encode(replaces, StandardCharsets.UTF_8) + ">";
    }

    void onResponse(ResponseEvent event) {
        Response r = event.getResponse();
        if (r.getStatusCode() >= 300) {
            refer = null;
            progressed(false, r.getStatusCode(), r.getReasonPhrase());
        } else if (r.getStatusCode() >= 200) {
            refer = null;
            if (!notified) {
                progressed(true, 100, "Accepted");
            }
        }
    }

    void onTimeout() {
        refer = null;
        progressed(false, Response.REQUEST_TIMEOUT, "No answer to the transfer request");
    }

    /** A NOTIFY of the refer subscription: answered 200, its sipfrag reported. */
    void onNotify(RequestEvent event) {
        leg.endpoint.respond(event, Response.OK);
        byte[] body = event.getRequest().getRawContent();
        if (body == null) {
            return;
        }
        Matcher m = SIPFRAG.matcher(new String(body, StandardCharsets.UTF_8));
        if (m.find()) {
            notified = true;
            progressed(true, Integer.parseInt(m.group(1)), m.group(2).strip());
        } else {
            LOG.debug("call {}: NOTIFY without a sipfrag status line", leg.id);
        }
    }

    private void progressed(boolean accepted, int status, String reason) {
        leg.events.accept(new SignallingEvent.TransferProgressed(leg.id, accepted, status, reason));
    }

    static Optional<String> eventPackage(Request request) {
        return Optional.ofNullable(request.getHeader("Event")).map(h -> h.toString().replaceFirst("(?i)^Event:\\s*", "").strip());
    }
}
