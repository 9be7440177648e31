package io.agentbar.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** A UDP socket that speaks SIP by hand, for messages our own stack would never build. */
final class RawSip implements AutoCloseable {
    final DatagramSocket socket;
    private final InetSocketAddress target;

    RawSip(int targetPort) throws IOException {
        this(SipPeer.LOOPBACK, targetPort);
    }

    /** Sends from {@code local}: another loopback address (127.0.0.2) is another host to the phone. */
    RawSip(java.net.InetAddress local, int targetPort) throws IOException {
        socket = new DatagramSocket(0, local);
        socket.setSoTimeout((int) SipPeer.WAIT.toMillis());
        target = new InetSocketAddress(SipPeer.LOOPBACK, targetPort);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Fills in ${port} (ours), ${target} (theirs), ${branch}, ${length} (of the body after the blank line). */
    void send(String template) throws IOException {
        String text = template.replace("\n", "\r\n")
                .replace("${port}", Integer.toString(port()))
                .replace("${target}", Integer.toString(target.getPort()))
                .replace("${branch}", "z9hG4bK" + UUID.randomUUID());
        int blank = text.indexOf("\r\n\r\n");
        int length = blank < 0 ? 0 : text.length() - blank - 4;
        sendBytes(text.replace("${length}", Integer.toString(length)).getBytes(StandardCharsets.UTF_8));
    }

    void sendBytes(byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, target));
    }

    /** The next message, or empty when nothing comes in time. */
    Optional<String> receive() throws IOException {
        return receive(SipPeer.WAIT);
    }

    Optional<String> receive(java.time.Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        byte[] buffer = new byte[65536];
        DatagramPacket p = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(p);
            return Optional.of(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    /** The first status line other than 100 Trying. */
    String finalStatusLine() throws IOException {
        while (true) {
            String m = receive().orElseThrow(() -> new AssertionError("no response"));
            String line = m.substring(0, m.indexOf("\r\n"));
            if (!line.startsWith("SIP/2.0 100")) {
                return line;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
