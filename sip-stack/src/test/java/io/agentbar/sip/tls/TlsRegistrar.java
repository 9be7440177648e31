package io.agentbar.sip.tls;

import io.agentbar.sip.tls.TestPki.Identity;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A SIP registrar over TLS on loopback, built on the JDK's SSLServerSocket: it answers every
 * REGISTER with 200 (Contact and Expires echoed) and every CRLFCRLF ping with a CRLF pong.
 * {@link #legacyOnly} plays a server that speaks nothing newer than TLS 1.1.
 */
final class TlsRegistrar implements AutoCloseable {
    private static final char[] PASSWORD = "test".toCharArray();

    private final ServerSocket server;
    private final boolean legacy;
    private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> pings = new LinkedBlockingQueue<>();
    private final BlockingQueue<Socket> connections = new LinkedBlockingQueue<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private TlsRegistrar(ServerSocket server, boolean legacy) {
        this.server = server;
        this.legacy = legacy;
        this.acceptor = Thread.ofPlatform().daemon().name("tls-registrar").start(this::accept);
    }

    /** Presents {@code identity}'s chain with TLS 1.3/1.2. */
    static TlsRegistrar presenting(Identity identity) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", identity.keys().getPrivate(), PASSWORD,
                identity.chain().toArray(X509Certificate[]::new));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket s = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 8, InetAddress.getLoopbackAddress());
        return new TlsRegistrar(s, false);
    }

    /**
     * A server configured for TLS 1.1 at most: to a ClientHello offering 1.2/1.3 only it answers
     * with a fatal protocol_version alert, as OpenSSL does (played raw, because the JDK refuses to
     * run TLS 1.1 at all).
     */
    static TlsRegistrar legacyOnly() throws IOException {
        return new TlsRegistrar(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()), true);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next request's text, or empty after {@code wait}. */
    Optional<String> nextRequest(Duration wait) throws InterruptedException {
        return Optional.ofNullable(requests.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The remote address ("ip:port") of the connection the next ping arrived on. */
    Optional<String> nextPing(Duration wait) throws InterruptedException {
        return Optional.ofNullable(pings.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The next connection accepted (handshake not necessarily done). */
    Optional<Socket> nextConnection(Duration wait) throws InterruptedException {
        return Optional.ofNullable(connections.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Closes every connection, as a registrar restart or a NAT timeout would. */
    void dropConnections() throws IOException {
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                connections.add(s);
                Thread.ofPlatform().daemon().name("tls-registrar-conn").start(() -> serve(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            if (legacy) {
                in.read(new byte[512]); // the ClientHello
                out.write(new byte[] {0x15, 0x03, 0x02, 0x00, 0x02, 0x02, 0x46}); // alert(fatal, protocol_version), TLS 1.1
                out.flush();
                return;
            }
            String peer = s.getRemoteSocketAddress().toString();
            while (true) {
                String head = readHead(in, out, peer);
                if (head == null) {
                    return;
                }
                int length = header(head, "Content-Length").map(String::strip).map(Integer::parseInt).orElse(0);
                in.readNBytes(length);
                requests.add(head);
                if (head.startsWith("REGISTER ")) {
                    out.write(ok(head).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client refused our certificate or went away: that is what several tests want
        }
    }

    /** Reads up to the blank line; a CRLFCRLF before any message is a ping, answered with CRLF. */
    private String readHead(InputStream in, OutputStream out, String peer) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int crlfs = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                if (b == '\n' && ++crlfs == 2) {
                    crlfs = 0;
                    pings.add(peer);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                continue;
            }
            crlfs = 0;
            head.write(b);
            String text = head.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
    }

    private static String ok(String request) {
        StringBuilder r = new StringBuilder("SIP/2.0 200 OK\r\n");
        for (String name : List.of("Via", "From", "Call-ID", "CSeq", "Contact")) {
            header(request, name).ifPresent(v -> r.append(name).append(": ").append(v).append("\r\n"));
        }
        r.append("To: ").append(header(request, "To").orElseThrow()).append(";tag=reg1\r\n");
        r.append("Expires: ").append(header(request, "Expires").orElse("600")).append("\r\n");
        return r.append("Content-Length: 0\r\n\r\n").toString();
    }

    static Optional<String> header(String message, String name) {
        return message.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
    }

    @Override
    public void close() throws Exception {
        server.close();
        dropConnections();
        acceptor.join(Duration.ofSeconds(5));
    }
}
