package io.agentbar.sip;

import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * DTMF over SIP INFO for one call, in the {@code application/dtmf-relay} form Cisco introduced
 * and Asterisk, FreeSWITCH and baresip read: {@code Signal=5\r\nDuration=160\r\n}, the duration
 * in milliseconds. One INFO is in flight at a time, so digits pressed quickly still arrive in the
 * order pressed even when a retransmission overtakes a later request. Other INFOs of the call (a
 * PBX's recording control) share the queue, so they keep their place among the digits; their
 * final answers are reported as InfoAnswered. Confined to the signalling thread.
 */
final class DtmfRelay {
    private static final Logger LOG = LoggerFactory.getLogger(DtmfRelay.class);

    /** A digit the far end sent; the duration is zero when its INFO did not say. */
    record Digit(char key, Duration duration) {
    }

    /** An INFO to send: a digit (answer only logged) or another body whose answer is reported. */
    private record Pending(String type, String subtype, String body, boolean reported, String what) {
    }

    private final CallId id;
    private final SipEndpoint endpoint;
    private final Consumer<SignallingEvent> events;
    private final Queue<Pending> queue = new ArrayDeque<>();
    private ClientTransaction inFlight;
    private Pending inFlightRequest;

    DtmfRelay(CallId id, SipEndpoint endpoint, Consumer<SignallingEvent> events) {
        this.id = id;
        this.endpoint = endpoint;
        this.events = events;
    }

    /** Queues a digit; it goes out at once unless an earlier INFO still awaits its answer. */
    void send(Dialog dialog, char key, Duration duration) {
        enqueue(dialog, new Pending("application", "dtmf-relay", body(key, duration), false, "DTMF '" + key + "'"));
    }

    /** Queues an INFO with this body; its final answer comes back as InfoAnswered. */
    void sendInfo(Dialog dialog, String contentType, String body) {
        int slash = contentType.indexOf('/');
        if (slash <= 0 || slash == contentType.length() - 1) {
            events.accept(new SignallingEvent.InfoAnswered(id, contentType, 0));
            return;
        }
        enqueue(dialog, new Pending(contentType.substring(0, slash), contentType.substring(slash + 1), body, true,
                contentType));
    }

    private void enqueue(Dialog dialog, Pending p) {
        queue.add(p);
        if (inFlight == null) {
            next(dialog);
        }
    }

    boolean owns(ClientTransaction ct) {
        return ct != null && ct == inFlight;
    }

    /** A final answer to our INFO frees the way for the next one; a refusal of a digit is only logged. */
    void onResponse(Response response, Dialog dialog) {
        if (response.getStatusCode() < 200) {
            return;
        }
        if (response.getStatusCode() >= 300) {
            LOG.info("call {}: the far end refused the INFO ({}) with {} {}", id, inFlightRequest.what(),
                    response.getStatusCode(), response.getReasonPhrase());
        }
        answered(response.getStatusCode());
        next(dialog);
    }

    void onTimeout(Dialog dialog) {
        LOG.info("call {}: no answer to the INFO ({})", id, inFlightRequest.what());
        answered(Response.REQUEST_TIMEOUT);
        next(dialog);
    }

    private void answered(int status) {
        Pending done = inFlightRequest;
        inFlight = null;
        inFlightRequest = null;
        if (done != null && done.reported()) {
            events.accept(new SignallingEvent.InfoAnswered(id, done.what(), status));
        }
    }

    private void next(Dialog dialog) {
        while (inFlight == null && !queue.isEmpty()) {
            Pending p = queue.poll();
            try {
                Request info = dialog.createRequest(Request.INFO);
                info.addHeader(endpoint.userAgent());
                ContentTypeHeader type = endpoint.headers().createContentTypeHeader(p.type(), p.subtype());
                info.setContent(p.body().getBytes(StandardCharsets.US_ASCII), type);
                ClientTransaction ct = endpoint.clientTransaction(info);
                dialog.sendRequest(ct);
                inFlight = ct;
                inFlightRequest = p;
                LOG.debug("call {}: INFO ({}) sent", id, p.what());
            } catch (SipException | ParseException | RuntimeException e) {
                // the dialog ended under us, or the transport failed: this one is lost, try the next
                LOG.info("call {}: INFO ({}) could not be sent: {}", id, p.what(), e.toString());
                if (p.reported()) {
                    events.accept(new SignallingEvent.InfoAnswered(id, p.what(), 0));
                }
            }
        }
    }

    /** The dtmf-relay body; keys a-d go out upper case, as every reader expects. */
    static String body(char key, Duration duration) {
        return "Signal=" + Character.toUpperCase(key) + "\r\nDuration=" + duration.toMillis() + "\r\n";
    }

    /**
     * Reads a DTMF INFO: {@code application/dtmf-relay} ({@code Signal=} a key, or its RFC 4733
     * event number as some gateways send), or {@code application/dtmf} (the key alone).
     *
     * @return empty for any other INFO (media control, a package we do not know) or a body we cannot read
     */
    static Optional<Digit> parse(Message info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] raw = info.getRawContent();
        if (type == null || raw == null || !type.getContentType().equalsIgnoreCase("application")) {
            return Optional.empty();
        }
        String body = new String(raw, StandardCharsets.US_ASCII);
        String subtype = type.getContentSubType().toLowerCase(Locale.ROOT);
        if (subtype.equals("dtmf")) {
            return key(body.strip()).map(k -> new Digit(k, Duration.ZERO));
        }
        if (!subtype.equals("dtmf-relay")) {
            return Optional.empty();
        }
        Optional<Character> key = Optional.empty();
        Duration duration = Duration.ZERO;
        for (String line : body.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            if (name.equals("signal")) {
                key = key(value);
            } else if (name.equals("duration") && value.matches("\\d{1,6}")) {
                duration = Duration.ofMillis(Long.parseLong(value));
            }
        }
        Duration d = duration;
        return key.map(k -> new Digit(k, d));
    }

    private static Optional<Character> key(String value) {
        if (value.length() == 1 && DtmfMode.isDigit(value.charAt(0))) {
            return Optional.of(Character.toUpperCase(value.charAt(0)));
        }
        if (value.matches("1[0-5]")) {
            return Optional.of("*#ABCD".charAt(Integer.parseInt(value) - 10));
        }
        return Optional.empty();
    }
}
