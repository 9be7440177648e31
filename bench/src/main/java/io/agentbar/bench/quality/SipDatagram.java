package io.agentbar.bench.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One SIP message over UDP, just parsed enough for a stateless relay: start line, header lines in order, body.
 * Headers keep their original text; only Via, Content-Length, the request URI and the SDP body are ever changed.
 */
final class SipDatagram {
    private static final String CRLF = "\r\n";

    private String startLine;
    private final List<String> headers;
    private String body;

    private SipDatagram(String startLine, List<String> headers, String body) {
        this.startLine = startLine;
        this.headers = headers;
        this.body = body;
    }

    static SipDatagram parse(byte[] data, int length) {
        String text = new String(data, 0, length, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        int bodyStart = split + 4;
        if (split < 0) {
            split = text.indexOf("\n\n");
            bodyStart = split + 2;
        }
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(bodyStart);
        List<String> lines = new ArrayList<>(List.of(head.split("\r?\n")));
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new IllegalArgumentException("empty SIP message");
        }
        String start = lines.removeFirst();
        // folded header lines (leading white space) continue the previous header
        List<String> headers = new ArrayList<>();
        for (String line : lines) {
            if (!headers.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                headers.set(headers.size() - 1, headers.getLast() + " " + line.strip());
            } else if (!line.isEmpty()) {
                headers.add(line);
            }
        }
        return new SipDatagram(start, headers, body);
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder(startLine).append(CRLF);
        headers.forEach(h -> text.append(h).append(CRLF));
        return text.append(CRLF).append(body).toString().getBytes(StandardCharsets.UTF_8);
    }

    boolean isResponse() {
        return startLine.startsWith("SIP/2.0 ");
    }

    String startLine() {
        return startLine;
    }

    String body() {
        return body;
    }

    boolean hasSdp() {
        return body.contains("m=audio ") && header("Content-Type", "c").map(t -> t.toLowerCase(Locale.ROOT)
                .contains("application/sdp")).orElse(true);
    }

    /** Replaces the body and sets Content-Length to its byte length. */
    void body(String newBody) {
        this.body = newBody;
        int length = newBody.getBytes(StandardCharsets.UTF_8).length;
        int index = headerIndex("Content-Length", "l");
        String line = "Content-Length: " + length;
        if (index < 0) {
            headers.add(line);
        } else {
            headers.set(index, line);
        }
    }

    /** Points the request URI's host and port at {@code hostPort}, keeping user and parameters. */
    void requestUriHost(String hostPort) {
        String[] parts = startLine.split(" ");
        if (parts.length != 3 || isResponse()) {
            return;
        }
        String uri = parts[1];
        int at = uri.indexOf('@');
        int hostStart = at >= 0 ? at + 1 : uri.indexOf(':') + 1;
        int hostEnd = hostStart;
        while (hostEnd < uri.length() && ";?>".indexOf(uri.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        parts[1] = uri.substring(0, hostStart) + hostPort + uri.substring(hostEnd);
        startLine = String.join(" ", parts);
    }

    /** The first Via value (the top one even when several share a header line). */
    Optional<String> topVia() {
        int index = headerIndex("Via", "v");
        return index < 0 ? Optional.empty() : Optional.of(values(headers.get(index)).getFirst());
    }

    /** Adds {@code value} as the new top Via, on its own header line above the others. */
    void pushVia(String value) {
        int index = headerIndex("Via", "v");
        headers.add(index < 0 ? 0 : index, "Via: " + value);
    }

    /** Removes the top Via value; keeps the rest of a combined line. */
    void popVia() {
        int index = headerIndex("Via", "v");
        if (index < 0) {
            return;
        }
        List<String> values = values(headers.get(index));
        if (values.size() <= 1) {
            headers.remove(index);
        } else {
            headers.set(index, "Via: " + String.join(", ", values.subList(1, values.size())));
        }
    }

    /** The value of the first header called {@code name} (or its compact form). */
    Optional<String> header(String name, String compact) {
        int index = headerIndex(name, compact);
        return index < 0 ? Optional.empty() : Optional.of(value(headers.get(index)));
    }

    /** The {@code branch} parameter of a Via value. */
    static String branch(String via) {
        for (String param : via.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("branch=")) {
                return p.substring("branch=".length());
            }
        }
        return "";
    }

    private int headerIndex(String name, String compact) {
        for (int i = 0; i < headers.size(); i++) {
            String line = headers.get(i);
            int colon = line.indexOf(':');
            if (colon > 0) {
                String n = line.substring(0, colon).strip();
                if (n.equalsIgnoreCase(name) || n.equalsIgnoreCase(compact)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    /** Comma-separated values of a header line (Via values contain no quoted commas). */
    private static List<String> values(String line) {
        List<String> values = new ArrayList<>();
        for (String v : value(line).split(",")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }
}
