package io.agentbar.bench.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One received SIP message, parsed just enough for the probe: the start line and the headers, by full or compact
 * name. Anything it does not understand is ignored, never fixed up.
 *
 * @param startLine e.g. {@code SIP/2.0 200 OK} or {@code BYE sip:probe@127.0.0.1:5000 SIP/2.0}
 * @param headers   name (lower case, compact forms expanded) and value, in order of appearance
 */
record SipMessage(String startLine, List<Map.Entry<String, String>> headers) {
    private static final Map<String, String> COMPACT = Map.of("i", "call-id", "f", "from", "t", "to", "v", "via",
            "m", "contact", "l", "content-length", "c", "content-type");
    private static final Pattern STATUS = Pattern.compile("^SIP/2\\.0 (\\d{3}) ");
    private static final Pattern TAG = Pattern.compile(";\\s*tag=([^;>\\s]+)");
    private static final Pattern ANGLE_URI = Pattern.compile("<([^>]+)>");

    /** Parses a datagram; empty when it is not SIP (a keep-alive, a stray RTP packet). */
    static Optional<SipMessage> parse(String datagram) {
        int end = datagram.indexOf("\r\n\r\n");
        String head = end >= 0 ? datagram.substring(0, end) : datagram;
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !(lines[0].startsWith("SIP/2.0 ") || lines[0].endsWith(" SIP/2.0"))) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                headers.add(Map.entry(COMPACT.getOrDefault(name, name), lines[i].substring(colon + 1).trim()));
            }
        }
        return Optional.of(new SipMessage(lines[0], List.copyOf(headers)));
    }

    boolean isResponse() {
        return startLine.startsWith("SIP/2.0 ");
    }

    /** The status code of a response; 0 for a request. */
    int status() {
        Matcher m = STATUS.matcher(startLine + " ");
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The method of a request ({@code BYE}), or of the request a response answers (from CSeq). */
    String method() {
        if (!isResponse()) {
            return startLine.substring(0, startLine.indexOf(' '));
        }
        String[] cseq = header("cseq").orElse("").split("\\s+");
        return cseq.length == 2 ? cseq[1] : "";
    }

    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** Every value of a header that may repeat (Via). */
    List<String> headers(String name) {
        return headers.stream().filter(h -> h.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    String callId() {
        return header("call-id").orElse("");
    }

    Optional<String> toTag() {
        Matcher m = TAG.matcher(header("to").orElse(""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The Contact URI (without angle brackets and header parameters). */
    Optional<String> contactUri() {
        return header("contact").map(c -> {
            Matcher m = ANGLE_URI.matcher(c);
            return m.find() ? m.group(1) : c.split(";")[0].trim();
        });
    }

    /** A 200 OK to this request, for requests the callee sends the probe (a BYE when it hangs up first). */
    String okResponse() {
        StringBuilder b = new StringBuilder("SIP/2.0 200 OK\r\n");
        headers("via").forEach(v -> b.append("Via: ").append(v).append("\r\n"));
        for (String name : List.of("from", "to", "call-id", "cseq")) {
            header(name).ifPresent(v -> b.append(headerName(name)).append(": ").append(v).append("\r\n"));
        }
        return b.append("Content-Length: 0\r\n\r\n").toString();
    }

    private static String headerName(String lower) {
        return switch (lower) {
            case "call-id" -> "Call-ID";
            case "cseq" -> "CSeq";
            default -> Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        };
    }
}
