package io.agentbar.sip.media.dtls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A userspace rtpengine on loopback (tech-notes §9), driven over its ng control protocol: UDP
 * datagrams of {@code <cookie> <bencoded dictionary>}. Started with its own log file under target/
 * and ended by its PID, never by name.
 */
final class RtpenginePeer implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final DatagramSocket control;
    private final InetSocketAddress ng;

    private RtpenginePeer(Process process, Path log, int ngPort) throws IOException {
        this.process = process;
        this.log = log;
        this.ng = new InetSocketAddress(InetAddress.getLoopbackAddress(), ngPort);
        this.control = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.control.setSoTimeout(500);
    }

    /** Starts rtpengine with media ports [portMin, portMin+99] and waits until it answers an ng ping. */
    static RtpenginePeer start(Path dir, int portMin, Duration wait) throws Exception {
        Files.createDirectories(dir);
        int ngPort = UdpDtlsEndpoint.freeUdpPort();
        Path log = dir.resolve("rtpengine.log");
        Process p = new ProcessBuilder("rtpengine", "--config-file=none", "--table=-1", "--interface=127.0.0.1",
                "--listen-ng=127.0.0.1:" + ngPort, "--foreground", "--log-stderr", "--log-level=7",
                "--port-min=" + portMin, "--port-max=" + (portMin + 99), "--pidfile=" + dir.resolve("rtpengine.pid"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RtpenginePeer peer = new RtpenginePeer(p, log, ngPort);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                if ("pong".equals(peer.command(Map.of("command", "ping")).get("result"))) {
                    return peer;
                }
            } catch (SocketTimeoutException e) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    peer.close();
                    throw new IllegalStateException("rtpengine did not start; see " + log, e);
                }
            }
        }
    }

    /** One ng request/response; the dictionary values are Strings, Longs, Lists or Maps. */
    @SuppressWarnings("unchecked")
    Map<String, Object> command(Map<String, Object> request) throws IOException {
        String cookie = UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((cookie + " ").getBytes(StandardCharsets.US_ASCII));
        encode(request, out);
        byte[] message = out.toByteArray();
        control.send(new DatagramPacket(message, message.length, ng));
        byte[] buffer = new byte[65535];
        while (true) {
            DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
            control.receive(reply);
            String text = new String(buffer, 0, reply.getLength(), StandardCharsets.ISO_8859_1);
            if (text.startsWith(cookie + " ")) {
                int[] at = {cookie.length() + 1};
                return (Map<String, Object>) decode(text, at);
            }
        }
    }

    /** Everything rtpengine logged so far (for assertions and failure messages). */
    String logText() throws IOException {
        return Files.readString(log, StandardCharsets.ISO_8859_1);
    }

    private static void encode(Object value, ByteArrayOutputStream out) {
        switch (value) {
            case String s -> {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((b.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(b);
            }
            case Number n -> out.writeBytes(("i" + n.longValue() + "e").getBytes(StandardCharsets.US_ASCII));
            case List<?> l -> {
                out.write('l');
                l.forEach(item -> encode(item, out));
                out.write('e');
            }
            case Map<?, ?> m -> {
                out.write('d');
                new TreeMap<>(m).forEach((k, v) -> { // bencode wants sorted keys
                    encode(k, out);
                    encode(v, out);
                });
                out.write('e');
            }
            default -> throw new IllegalArgumentException("cannot bencode " + value.getClass());
        }
    }

    /** Decodes one value at at[0]; strings are ISO-8859-1 (SDP is ASCII). */
    private static Object decode(String text, int[] at) {
        char c = text.charAt(at[0]);
        if (c == 'i') {
            int end = text.indexOf('e', at[0]);
            long v = Long.parseLong(text.substring(at[0] + 1, end));
            at[0] = end + 1;
            return v;
        }
        if (c == 'l' || c == 'd') {
            at[0]++;
            List<Object> items = new ArrayList<>();
            while (text.charAt(at[0]) != 'e') {
                items.add(decode(text, at));
            }
            at[0]++;
            if (c == 'l') {
                return items;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < items.size(); i += 2) {
                map.put((String) items.get(i), items.get(i + 1));
            }
            return map;
        }
        int colon = text.indexOf(':', at[0]);
        int length = Integer.parseInt(text.substring(at[0], colon));
        at[0] = colon + 1 + length;
        return text.substring(colon + 1, colon + 1 + length);
    }

    @Override
    public void close() throws InterruptedException {
        control.close();
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
