package io.agentbar.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registrar or callee played by the test, one message at a time, over UDP: it receives our
 * requests as text and answers exactly what the test says.
 */
final class ScriptedPeer implements AutoCloseable {
    /** A received request: its text and the address to answer. */
    record Received(String text, InetSocketAddress from) {
        String method() {
            return text.substring(0, text.indexOf(' '));
        }

        /** The first value of a header (case-insensitive name). */
        String header(String name) {
            return all(name).stream().findFirst().orElseThrow(() -> new AssertionError("no " + name + " in\n" + text));
        }

        Optional<String> optionalHeader(String name) {
            return all(name).stream().findFirst();
        }

        List<String> all(String name) {
            return text.lines().takeWhile(l -> !l.isEmpty())
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).toList();
        }

        long cseq() {
            return Long.parseLong(header("CSeq").split("\\s+")[0]);
        }

        /** Digest parameters of the Authorization or Proxy-Authorization header. */
        Map<String, String> digest(String headerName) {
            Map<String, String> out = new LinkedHashMap<>();
            Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(header(headerName));
            while (m.find()) {
                out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
            return out;
        }
    }

    private final RawSip raw;

    ScriptedPeer() throws IOException {
        raw = new RawSip(1);
    }

    int port() {
        return raw.port();
    }

    Received expect(String method) throws IOException {
        while (true) {
            Received r = next(SipPeer.WAIT).orElseThrow(() -> new AssertionError("no " + method));
            if (r.method().equals(method)) {
                return r;
            }
            assertThat(r.method()).as("unexpected message").isIn("ACK", "SIP/2.0");
        }
    }

    Optional<Received> next(Duration timeout) throws IOException {
        raw.socket.setSoTimeout((int) timeout.toMillis());
        byte[] buffer = new byte[65536];
        DatagramPacket p = new DatagramPacket(buffer, buffer.length);
        try {
            raw.socket.receive(p);
        } catch (java.net.SocketTimeoutException e) {
            return Optional.empty();
        }
        return Optional.of(new Received(new String(buffer, 0, p.getLength(), StandardCharsets.UTF_8),
                (InetSocketAddress) p.getSocketAddress()));
    }

    /** Answers {@code request}; {@code extra} holds whole header lines ending in CRLF, {@code body} may be empty. */
    void reply(Received request, int status, String reason, String extra, String body) throws IOException {
        StringBuilder b = new StringBuilder("SIP/2.0 ").append(status).append(' ').append(reason).append("\r\n");
        for (String via : request.all("Via")) {
            b.append("Via: ").append(via).append("\r\n");
        }
        b.append("From: ").append(request.header("From")).append("\r\n");
        String to = request.header("To");
        b.append("To: ").append(to).append(to.contains(";tag=") || status == 100 ? "" : ";tag=scripted").append("\r\n");
        b.append("Call-ID: ").append(request.header("Call-ID")).append("\r\n");
        b.append("CSeq: ").append(request.header("CSeq")).append("\r\n");
        b.append(extra);
        b.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(body);
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        raw.socket.send(new DatagramPacket(bytes, bytes.length, request.from()));
    }

    /**
     * Sends a request to {@code port} on loopback; fills in ${port} (ours), ${target} and a fresh
     * ${branch}, and sets Content-Length from the body after the blank line.
     */
    void send(String template, int port) throws IOException {
        String text = template.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
                .replace("${port}", Integer.toString(port()))
                .replace("${target}", Integer.toString(port))
                .replace("${branch}", "z9hG4bK" + java.util.UUID.randomUUID());
        int blank = text.indexOf("\r\n\r\n");
        int length = text.substring(blank + 4).getBytes(StandardCharsets.UTF_8).length;
        byte[] bytes = text.replace("${length}", Integer.toString(length)).getBytes(StandardCharsets.UTF_8);
        raw.socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(SipPeer.LOOPBACK, port)));
    }

    /** The next response (skipping requests such as retransmissions), or a failure. */
    Received expectResponse(int status) throws IOException {
        while (true) {
            Received r = next(SipPeer.WAIT).orElseThrow(() -> new AssertionError("no " + status));
            if (r.text().startsWith("SIP/2.0 " + status)) {
                return r;
            }
        }
    }

    void reply(Received request, int status, String reason, String extra) throws IOException {
        reply(request, status, reason, extra, "");
    }

    @Override
    public void close() {
        raw.close();
    }
}
