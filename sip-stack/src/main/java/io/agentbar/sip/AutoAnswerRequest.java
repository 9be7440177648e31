package io.agentbar.sip;

import javax.sip.header.Header;
import javax.sip.message.Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a PBX asks a phone to answer by itself (intercom, paging, predictive-dialler queues),
 * read from a new INVITE. Whether to heed them is for the caller to decide: only requests from
 * the account's server count ({@link CallScreening#fromAccountServer}).
 *
 * <ul>
 *   <li>{@code Call-Info: <sip:pbx>;answer-after=N} (Polycom, Snom, Asterisk and FreePBX paging): after N s;</li>
 *   <li>{@code Alert-Info: <http://x>;info=alert-autoanswer;delay=N}, {@code info=auto answer} or a
 *       bare {@code Auto Answer} (Cisco/Linksys, Grandstream, Yealink): after {@code delay} s, else at once;</li>
 *   <li>{@code Answer-Mode: Auto} and {@code Priv-Answer-Mode: Auto} (RFC 5373): at once.</li>
 * </ul>
 * The first header in that order that asks decides. Vendor forms that mean something else (a
 * distinctive ring, {@code Answer-Mode: Manual}) ask nothing.
 */
final class AutoAnswerRequest {
    /** URIs in angle brackets are dropped first, so a parameter inside a URI is never taken for one of the header. */
    private static final Pattern URI = Pattern.compile("<[^>]*>");
    private static final Pattern ANSWER_AFTER = Pattern.compile("(?i);\\s*answer-after\\s*=\\s*\"?(\\d{1,6})\"?");
    private static final Pattern AUTO_INFO = Pattern.compile(
            "(?i)(?:^|;)\\s*info\\s*=\\s*\"?(?:alert-autoanswer|auto[ -]?answer)\"?\\s*(?:;|$)");
    private static final Pattern BARE_AUTO = Pattern.compile("(?i)\\s*\"?auto[ -]?answer\"?\\s*(?:;.*)?");
    private static final Pattern DELAY = Pattern.compile("(?i);\\s*delay\\s*=\\s*\"?(\\d{1,6})\"?");
    private static final Pattern AUTO_MODE = Pattern.compile("(?i)\\s*auto\\s*(?:;.*)?");

    private AutoAnswerRequest() {
    }

    /** @return after how long the INVITE asks to be answered, empty when it does not */
    static Optional<Duration> of(Request invite) {
        List<String> modes = values(invite, "Answer-Mode");
        modes.addAll(values(invite, "Priv-Answer-Mode"));
        return of(values(invite, "Call-Info"), values(invite, "Alert-Info"), modes);
    }

    static Optional<Duration> of(List<String> callInfo, List<String> alertInfo, List<String> answerMode) {
        return first(callInfo, AutoAnswerRequest::callInfo)
                .or(() -> first(alertInfo, AutoAnswerRequest::alertInfo))
                .or(() -> answerMode.stream().anyMatch(v -> AUTO_MODE.matcher(v).matches())
                        ? Optional.of(Duration.ZERO) : Optional.empty());
    }

    private static Optional<Duration> callInfo(String entry) {
        Matcher m = ANSWER_AFTER.matcher(URI.matcher(entry).replaceAll("<>"));
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static Optional<Duration> alertInfo(String entry) {
        String params = URI.matcher(entry).replaceAll("<>");
        if (!AUTO_INFO.matcher(params).find() && !BARE_AUTO.matcher(params).matches()) {
            return Optional.empty();
        }
        Matcher delay = DELAY.matcher(params);
        return Optional.of(delay.find() ? Duration.ofSeconds(Long.parseLong(delay.group(1))) : Duration.ZERO);
    }

    /** The first entry of any of the values that asks. */
    private static Optional<Duration> first(List<String> values, java.util.function.Function<String, Optional<Duration>> read) {
        for (String value : values) {
            for (String entry : entries(value)) {
                Optional<Duration> d = read.apply(entry);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** A header value split at commas outside angle brackets and quotes (several entries on one line). */
    static List<String> entries(String value) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                depth++;
            } else if (!quoted && c == '>') {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(value.substring(start, i));
                start = i + 1;
            }
        }
        out.add(value.substring(start));
        return out;
    }

    private static List<String> values(Request request, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(name);
        while (it != null && it.hasNext()) {
            String text = ((Header) it.next()).toString();
            int colon = text.indexOf(':');
            out.add((colon < 0 ? text : text.substring(colon + 1)).strip());
        }
        return out;
    }
}
