package io.agentbar.sip;

import io.agentbar.core.call.CallId;

import javax.sip.DialogState;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The Replaces header of an incoming INVITE (RFC 3891 §6.1) and what RFC 3891 §3 says it asks of
 * us. Its tags are seen from the sender of the INVITE, i.e. as in a request of the replaced dialog
 * sent to us: {@code to-tag} is our tag, {@code from-tag} the other side's.
 */
record Replaces(String callId, String toTag, String fromTag, boolean earlyOnly) {
    static final String OPTION_TAG = "replaces";

    /** RFC 3891 §3 for one INVITE: refuse it with a status, or let it take over one of our calls. */
    sealed interface Verdict {
        record Refuse(int status) implements Verdict {
        }

        record Replace(CallId call) implements Verdict {
        }
    }

    /** The dialog of one of our calls, as much of it as the §3 rules look at. */
    record Dialogue(CallId call, String localTag, String remoteTag, boolean confirmed, boolean ours,
                    boolean terminated) {
        static Dialogue of(CallLeg leg) {
            String local = leg.dialog == null ? "" : String.valueOf(leg.dialog.getLocalTag());
            String remote = leg.dialog == null ? "" : String.valueOf(leg.dialog.getRemoteTag());
            boolean confirmed = leg.dialog != null && leg.dialog.getState() == DialogState.CONFIRMED;
            return new Dialogue(leg.id, local, remote, confirmed, leg instanceof OutboundCall,
                    leg.ended() || leg.byeSent());
        }
    }

    /**
     * The request's Replaces, if any.
     *
     * @throws ParseException when it is malformed or repeated: the INVITE gets 400 (§3)
     */
    static Optional<Replaces> in(Request request) throws ParseException {
        List<String> values = new ArrayList<>();
        ListIterator<?> it = request.getHeaders("Replaces");
        while (it.hasNext()) {
            values.add(((Header) it.next()).toString().replaceFirst("(?i)^\\s*Replaces\\s*:", "").strip());
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new ParseException("more than one Replaces header", 0);
        }
        return Optional.of(parse(values.getFirst()));
    }

    /** {@code callid;to-tag=x;from-tag=y[;early-only]}, parameters in any order. */
    static Replaces parse(String value) throws ParseException {
        String[] parts = value.split(";");
        String callId = parts[0].strip();
        String to = null;
        String from = null;
        boolean earlyOnly = false;
        for (int i = 1; i < parts.length; i++) {
            String[] p = parts[i].split("=", 2);
            String name = p[0].strip().toLowerCase(Locale.ROOT);
            String v = p.length > 1 ? p[1].strip() : "";
            switch (name) {
                case "to-tag" -> to = v;
                case "from-tag" -> from = v;
                case "early-only" -> earlyOnly = true;
                default -> {
                    // generic parameters are allowed and mean nothing to us
                }
            }
        }
        if (callId.isEmpty() || to == null || to.isEmpty() || from == null || from.isEmpty()) {
            throw new ParseException("Replaces needs a Call-ID, to-tag and from-tag: " + value, 0);
        }
        return new Replaces(callId, to, from, earlyOnly);
    }

    /**
     * @param dialogue our call with this Call-ID, if any
     */
    Verdict against(Optional<Dialogue> dialogue) {
        if (dialogue.isEmpty() || !dialogue.get().localTag().equalsIgnoreCase(toTag)
                || !dialogue.get().remoteTag().equalsIgnoreCase(fromTag)) {
            return new Verdict.Refuse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
        }
        Dialogue d = dialogue.get();
        if (d.terminated()) {
            return new Verdict.Refuse(Response.DECLINE);
        }
        if (d.confirmed()) {
            // early-only: the sender would rather fail than take over a call already answered (§7.1)
            return earlyOnly ? new Verdict.Refuse(Response.BUSY_HERE) : new Verdict.Replace(d.call());
        }
        // an early dialog: only one we started may be taken over (a pickup); one ringing in may not
        return d.ours() ? new Verdict.Replace(d.call()) : new Verdict.Refuse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }
}
