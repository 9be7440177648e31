package io.agentbar.sip;

import io.agentbar.core.account.ServerRecordingRule;

import javax.sip.header.Header;
import javax.sip.header.ExtensionHeader;
import javax.sip.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

/**
 * Reads a PBX's recording indication from a message: the values of the header the account's
 * {@link ServerRecordingRule} names (several headers, or one with comma-separated entries, count
 * alike), interpreted by the rule. Heeded from any peer: the indicator only informs the agent, and
 * a peer that records without saying so would not be stopped by our distrust.
 */
final class ServerRecordingHeader {
    private ServerRecordingHeader() {
    }

    /** @return empty when the message does not carry the header, else whether it says "recording" */
    static Optional<Boolean> of(Message message, ServerRecordingRule rule) {
        return rule.indication(values(message, rule.header()));
    }

    private static List<String> values(Message message, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = message.getHeaders(name);
        while (it != null && it.hasNext()) {
            Header h = (Header) it.next();
            String text = h instanceof ExtensionHeader e && e.getValue() != null ? e.getValue() : valueOf(h.toString());
            out.addAll(AutoAnswerRequest.entries(text.strip()));
        }
        return out;
    }

    private static String valueOf(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? line : line.substring(colon + 1);
    }
}
