package io.agentbar.app.it.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A real Kamailio registrar/proxy on 127.0.0.1 (UDP and TCP, one port) for integration tests.
 *
 * <p>The config comes from {@code peers/kamailio.cfg.template}: digest authentication of REGISTER against the users
 * given by the test (no database), an in-memory location table, {@code lookup("location")} + {@code t_relay()} with
 * record-routing for initial requests, loose routing for in-dialog requests, CANCEL/ACK matched to transactions.
 * INVITEs are not challenged, so unregistered peers may call registered ones.
 */
public final class Kamailio implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    static final Path MODULES = Path.of("/usr/lib/x86_64-linux-gnu/kamailio/modules");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    /** Kept to what the template can embed in a double-quoted cfg string without escaping. */
    private static final Pattern SAFE_USER = Pattern.compile("[A-Za-z0-9._~!*+-]+");
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9._~!*+\\-%&/()=?@^:,|]+");

    private final Map<String, String> users;
    private final int port;
    private final Path runDirectory;
    private final Path config;
    private final PeerProcess process;

    private Kamailio(Map<String, String> users, int port, Path runDirectory, Path config, PeerProcess process) {
        this.users = users;
        this.port = port;
        this.runDirectory = runDirectory;
        this.config = config;
        this.process = process;
    }

    /**
     * Generates the config, starts kamailio in the foreground and returns once it answers a SIP OPTIONS over UDP and
     * accepts TCP connections.
     *
     * @param users user name to password; these users may REGISTER (digest, realm = To domain)
     */
    public static Kamailio start(Map<String, String> users) {
        Path binary = PeerBinaries.require("kamailio");
        if (!Files.isRegularFile(MODULES.resolve("registrar.so"))) {
            throw new AssertionError("kamailio modules missing in " + MODULES + ": run scripts/install-test-peers");
        }
        Map<String, String> checked = new TreeMap<>(users);
        checked.forEach(Kamailio::requireSafe);
        int port = Ports.freePort();
        Path run = ItPaths.newRunDirectory("kamailio");
        Path config = run.resolve("kamailio.cfg");
        write(config, renderConfig(port, checked));
        ProcessBuilder builder = new ProcessBuilder(binary.toString(),
                "-f", config.toString(),
                "-P", run.resolve("kamailio.pid").toString(),
                "-Y", run.toString(),
                "-w", run.toString(),
                "-DD", "-E")
                .directory(run.toFile());
        PeerProcess process = PeerProcess.start("kamailio", builder);
        Kamailio kamailio = new Kamailio(Map.copyOf(checked), port, run, config, process);
        try {
            kamailio.awaitReady();
        } catch (RuntimeException | AssertionError e) {
            process.stop();
            throw e;
        }
        return kamailio;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:<port>}: the SIP domain and the realm of the digest challenge. */
    public String hostPort() {
        return HOST + ":" + port;
    }

    /** The address-of-record of {@code user} on this registrar, e.g. {@code sip:bob@127.0.0.1:21234}. */
    public String uri(String user) {
        return "sip:" + user + "@" + hostPort();
    }

    public Map<String, String> users() {
        return users;
    }

    public String password(String user) {
        String password = users.get(user);
        if (password == null) {
            throw new IllegalArgumentException("kamailio has no user " + user + "; known: " + users.keySet());
        }
        return password;
    }

    /** Waits for Kamailio to store a binding for {@code user} (its script logs every successful REGISTER). */
    public void awaitRegistered(String user, Duration timeout) {
        process.awaitLine(Pattern.compile("AGENTBAR registered user=" + Pattern.quote(user) + " "), timeout);
    }

    public PeerProcess process() {
        return process;
    }

    public Path config() {
        return config;
    }

    public Path runDirectory() {
        return runDirectory;
    }

    @Override
    public void close() {
        process.stop();
    }

    static String renderConfig(int port, Map<String, String> users) {
        StringBuilder credentials = new StringBuilder();
        users.forEach((user, password) -> credentials
                .append("\tif ($au == \"").append(user).append("\") {\n")
                .append("\t\t$var(password) = \"").append(password).append("\";\n")
                .append("\t\t$var(known) = 1;\n")
                .append("\t\treturn;\n")
                .append("\t}\n"));
        return template()
                .replace("@@PORT@@", Integer.toString(port))
                .replace("@@MODULES@@", MODULES + "/")
                .replace("@@CREDENTIALS@@", credentials.toString());
    }

    private static String template() {
        try (InputStream in = Kamailio.class.getResourceAsStream("/peers/kamailio.cfg.template")) {
            if (in == null) {
                throw new IllegalStateException("test resource peers/kamailio.cfg.template missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireSafe(String user, String password) {
        if (!SAFE_USER.matcher(user).matches()) {
            throw new IllegalArgumentException("user name not allowed in the generated cfg: " + user);
        }
        if (!SAFE_PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("password for " + user + " has characters the generated cfg cannot hold");
        }
    }

    /**
     * Probes with OPTIONS until a reply arrives. Each probe waits on the socket (receive timeout), so this is driven
     * by Kamailio's answer, not by sleeping; the deadline bounds it and a dead process fails it at once.
     */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            socket.setSoTimeout((int) PROBE_INTERVAL.toMillis());
            byte[] reply = new byte[4096];
            for (int attempt = 1; ; attempt++) {
                if (!process.isAlive()) {
                    throw process.failure("exited during startup (config error?) - config: " + config);
                }
                if (System.nanoTime() > deadline) {
                    throw process.failure("did not answer OPTIONS on udp:" + hostPort() + " within " + READY_TIMEOUT);
                }
                byte[] probe = optionsProbe(socket.getLocalPort(), attempt);
                socket.send(new DatagramPacket(probe, probe.length, loopback, port));
                try {
                    DatagramPacket packet = new DatagramPacket(reply, reply.length);
                    socket.receive(packet);
                    String status = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8).lines()
                            .findFirst().orElse("");
                    if (status.startsWith("SIP/2.0 ")) {
                        break;
                    }
                } catch (SocketTimeoutException notYet) {
                    // not listening yet (or the probe was lost): send the next probe
                }
            }
            try (Socket tcp = new Socket()) {
                tcp.connect(new InetSocketAddress(loopback, port), (int) PROBE_INTERVAL.toMillis() * 4);
            }
            process.note("ready: answers OPTIONS on udp and accepts tcp at " + hostPort());
        } catch (IOException e) {
            throw process.failure("readiness probe failed: " + e);
        }
    }

    private byte[] optionsProbe(int localPort, int attempt) {
        String request = String.join("\r\n", List.of(
                "OPTIONS sip:" + hostPort() + " SIP/2.0",
                "Via: SIP/2.0/UDP " + HOST + ":" + localPort + ";branch=z9hG4bK" + UUID.randomUUID().toString().replace("-", "") + ";rport",
                "Max-Forwards: 70",
                "From: <sip:probe@" + HOST + ">;tag=probe" + attempt,
                "To: <sip:" + hostPort() + ">",
                "Call-ID: probe-" + UUID.randomUUID() + "@" + HOST,
                "CSeq: " + attempt + " OPTIONS",
                "Content-Length: 0",
                "", ""));
        return request.getBytes(StandardCharsets.US_ASCII);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
