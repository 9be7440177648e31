package io.agentbar.sip.ws;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kamailio 5.6 registrar/proxy on loopback with UDP, WS and WSS listeners on free ports
 * (config: src/test/resources/ws/kamailio.cfg). Started by ProcessBuilder, ended by its own PID;
 * its files and log are kept under target/kamailio-ws/&lt;name&gt;. {@link #restart} brings it back
 * on the same ports, for the reconnection tests.
 */
final class Kamailio implements AutoCloseable {
    static final String PASSWORD = "ws-secret";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration START = Duration.ofSeconds(10);

    final int udpPort;
    final int wsPort;
    final int wssPort;
    final Path certificate;
    private final Path dir;
    private final Path config;
    private Process process;
    private int starts;

    private Kamailio(Path dir, int udpPort, int wsPort, int wssPort, Path certificate, Path config) {
        this.dir = dir;
        this.udpPort = udpPort;
        this.wsPort = wsPort;
        this.wssPort = wssPort;
        this.certificate = certificate;
        this.config = config;
    }

    /** @param certificateHost the only name (DNS subjectAltName) the WSS certificate is valid for */
    static Kamailio start(String name, String certificateHost) throws IOException {
        Path dir = Path.of("target", "kamailio-ws", name).toAbsolutePath();
        Files.createDirectories(dir);
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "1", "-subj", "/CN=" + certificateHost,
                "-addext", "subjectAltName=DNS:" + certificateHost), dir.resolve("openssl.log"));
        Path tls = dir.resolve("tls.cfg");
        Files.writeString(tls, resource("tls.cfg").replace("@CERT@", cert.toString()).replace("@KEY@", key.toString()));
        int udp = freeUdpPort();
        int ws = freeTcpPort();
        int wss = freeTcpPort();
        Path config = dir.resolve("kamailio.cfg");
        Files.writeString(config, resource("kamailio.cfg")
                .replace("@UDP_PORT@", Integer.toString(udp))
                .replace("@WS_PORT@", Integer.toString(ws))
                .replace("@WSS_PORT@", Integer.toString(wss))
                .replace("@TLS_CONFIG@", tls.toString())
                .replace("@PASSWORD@", PASSWORD));
        Kamailio k = new Kamailio(dir, udp, ws, wss, cert, config);
        k.launch();
        return k;
    }

    /** Kills the running process (the server drops every connection) and starts a new one on the same ports. */
    void restart() throws IOException {
        stop();
        launch();
    }

    void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        handle.destroy(); // SIGTERM to the main process; it takes its children down
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    Path log() {
        return dir.resolve("kamailio-" + starts + ".log");
    }

    private void launch() throws IOException {
        starts++;
        process = new ProcessBuilder("/usr/sbin/kamailio", "-f", config.toString(), "-P", dir.resolve("kamailio.pid").toString(),
                "-w", dir.toString(), "-DD", "-E")
                .redirectErrorStream(true).redirectOutput(log().toFile()).start();
        awaitReady();
    }

    /** Ready once it answers a SIP OPTIONS on UDP and accepts TCP on the WS port. */
    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + START.toNanos();
        try (DatagramSocket probe = new DatagramSocket(0, LOOPBACK)) {
            byte[] options = options(probe.getLocalPort());
            probe.setSoTimeout(250);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("kamailio exited with " + process.exitValue() + "; see " + log());
                }
                probe.send(new DatagramPacket(options, options.length, LOOPBACK, udpPort));
                try {
                    probe.receive(new DatagramPacket(new byte[4096], 4096));
                    try (Socket ws = new Socket(LOOPBACK, wsPort)) {
                        return;
                    } catch (IOException notYet) {
                        // UDP is up before the TCP main process; ask again
                    }
                } catch (SocketTimeoutException notYet) {
                    // no answer within 250 ms: ask again
                }
            }
        }
        stop();
        throw new IOException("kamailio not ready within " + START + "; see " + log());
    }

    private byte[] options(int from) {
        return ("OPTIONS sip:127.0.0.1:" + udpPort + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + from + ";rport;branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=probe\r\nTo: <sip:127.0.0.1>\r\nCall-ID: " + UUID.randomUUID()
                + "\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = Kamailio.class.getResourceAsStream("/ws/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /ws/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            return s.getLocalPort();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, LOOPBACK)) {
            return s.getLocalPort();
        }
    }
}
