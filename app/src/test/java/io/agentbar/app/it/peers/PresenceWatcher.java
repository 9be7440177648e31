package io.agentbar.app.it.peers;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A presence watcher on a plain UDP socket, as a supervisor's BLF phone: one SUBSCRIBE (Event: presence) to a
 * user's address of record through {@link Kamailio}, then every NOTIFY is answered 200 and its body kept. Kept to
 * the few lines of SIP a watcher needs, so a test sees exactly what the presence server sent.
 */
public final class PresenceWatcher implements AutoCloseable {
    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final BlockingQueue<String> notifications = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> responses = new LinkedBlockingQueue<>();
    private final Thread reader;

    private PresenceWatcher(DatagramSocket socket, InetSocketAddress server) {
        this.socket = socket;
        this.server = server;
        this.reader = Thread.ofPlatform().daemon().name("presence-watcher").start(this::read);
    }

    /** Subscribes to the presence of {@code user}@{@code domain} at {@code kamailio} for five minutes. */
    public static PresenceWatcher subscribe(Kamailio kamailio, String user, String domain) throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        PresenceWatcher watcher = new PresenceWatcher(socket, new InetSocketAddress(Kamailio.HOST, kamailio.port()));
        int port = socket.getLocalPort();
        String request = String.join("\r\n",
                "SUBSCRIBE sip:" + user + "@" + domain + " SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";rport;branch=z9hG4bK" + UUID.randomUUID().toString().substring(0, 12),
                "Max-Forwards: 70",
                "From: <sip:supervisor@" + domain + ">;tag=" + UUID.randomUUID().toString().substring(0, 8),
                "To: <sip:" + user + "@" + domain + ">",
                "Call-ID: " + UUID.randomUUID() + "@127.0.0.1",
                "CSeq: 1 SUBSCRIBE",
                "Contact: <sip:supervisor@127.0.0.1:" + port + ">",
                "Event: presence",
                "Accept: application/pidf+xml",
                "Expires: 300",
                "Content-Length: 0",
                "", "");
        watcher.send(request);
        return watcher;
    }

    /** The first status line answering our SUBSCRIBE (e.g. {@code SIP/2.0 202 OK}). */
    public String awaitResponse(Duration timeout) throws InterruptedException {
        String r = responses.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no answer to the SUBSCRIBE within " + timeout);
        }
        return r;
    }

    /** The body of the next NOTIFY matching {@code test}, skipping the others; fails after {@code timeout}. */
    public String awaitNotify(Predicate<String> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String body = notifications.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (body != null && test.test(body)) {
                return body;
            }
            if (body != null) {
                seen.add(body);
            }
        }
        throw new AssertionError("no matching NOTIFY within " + timeout + "; seen: " + seen);
    }

    private void read() {
        byte[] buffer = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                continue;
            }
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (message.startsWith("SIP/2.0 ")) {
                responses.add(message.lines().findFirst().orElse(""));
            } else if (message.startsWith("NOTIFY ")) {
                answer(message, packet);
                int blank = message.indexOf("\r\n\r\n");
                notifications.add(blank < 0 ? "" : message.substring(blank + 4));
            }
        }
    }

    /** 200 OK with the request's Via, From, To (plus our tag), Call-ID and CSeq (RFC 3261 §8.2.6). */
    private void answer(String request, DatagramPacket from) {
        StringBuilder response = new StringBuilder("SIP/2.0 200 OK\r\n");
        for (String line : request.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            String name = line.substring(0, Math.max(0, line.indexOf(':'))).strip().toLowerCase(java.util.Locale.ROOT);
            if (List.of("via", "v", "from", "f", "to", "t", "call-id", "i", "cseq").contains(name)) {
                response.append(line).append("\r\n");
            }
        }
        response.append("Content-Length: 0\r\n\r\n");
        try {
            byte[] bytes = response.toString().getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, from.getSocketAddress()));
        } catch (IOException e) {
            // the presence server retransmits; the test sees the NOTIFY either way
        }
    }

    private void send(String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, server));
    }

    @Override
    public void close() {
        socket.close();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
