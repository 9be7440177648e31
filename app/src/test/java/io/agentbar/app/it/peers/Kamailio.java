package io.agentbar.app.it.peers;

import java.io.IOException;
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
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A real Kamailio registrar/proxy on 127.0.0.1 (UDP and TCP, one port) for integration tests.
 *
 * <p>The config comes from {@code peers/kamailio.cfg.template}: digest authentication of REGISTER against the users
 * given by the test (no database), an in-memory location table, {@code lookup("location")} + {@code t_relay()} with
 * record-routing for initial requests, loose routing for in-dialog requests, CANCEL/ACK matched to transactions.
 * INVITEs are not challenged, so unregistered peers may call registered ones.
 *
 * <p>Optional ({@link KamailioOptions}): a TLS listener, WS and WSS listeners (each on its own port), a SIP domain
 * alias, and rtpengine. Clients registered over TLS, WS or WSS are reached over the connection they registered on
 * (the source address is saved as "received", Contacts in dialogs get an {@code alias} parameter), so neither a WS
 * client nor a TLS client needs a listener of its own. With rtpengine, a call whose caller or callee is WebRTC has its
 * media anchored in rtpengine and each SDP rewritten for its receiver: towards WebRTC {@value
 * KamailioConfig#RTPENGINE_TO_WEBRTC}, towards plain {@value KamailioConfig#RTPENGINE_TO_PLAIN}. The caller is
 * WebRTC when its INVITE came over WS/WSS or offers {@code UDP/TLS/RTP/SAVP(F)}; the callee is WebRTC when it
 * registered over WS/WSS or is named in {@link KamailioOptions#webrtcUser}. Calls between two plain sides are not
 * touched (SDES keys pass end to end). Each rtpengine decision is logged as {@code AGENTBAR rtpengine ...}.
 */
public final class Kamailio implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    static final Path MODULES = Path.of("/usr/lib/x86_64-linux-gnu/kamailio/modules");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    private final KamailioOptions options;
    private final Map<String, String> users;
    private final KamailioConfig.Listeners ports;
    private final Path runDirectory;
    private final Path config;
    private final PeerProcess process;

    private Kamailio(KamailioOptions options, KamailioConfig.Listeners ports, Path runDirectory, Path config,
                     PeerProcess process) {
        this.options = options;
        this.users = Map.copyOf(options.users);
        this.ports = ports;
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
        return start(KamailioOptions.withUsers(users));
    }

    /**
     * Like {@link #start(Map)}, with the listeners and features {@code options} ask for; returns once every listener
     * accepts connections.
     */
    public static Kamailio start(KamailioOptions options) {
        Path binary = PeerBinaries.require("kamailio");
        options.validate();
        for (String module : options.requiredModules()) {
            if (!Files.isRegularFile(MODULES.resolve(module))) {
                throw new AssertionError("kamailio module " + module + " missing in " + MODULES + ": run scripts/install-test-peers");
            }
        }
        KamailioConfig.Listeners ports = new KamailioConfig.Listeners(Ports.freePort(),
                options.tls ? Ports.freePort() : 0, options.ws ? Ports.freePort() : 0, options.wss ? Ports.freePort() : 0);
        Path run = ItPaths.newRunDirectory("kamailio");
        Path config = run.resolve("kamailio.cfg");
        Path tlsConfig = run.resolve("tls.cfg");
        options.certificate().ifPresent(certificate -> write(tlsConfig, KamailioConfig.tlsConfig(certificate)));
        if (options.presence) {
            copyPresenceTables(run.resolve("db"));
        }
        write(config, KamailioConfig.render(options, ports, tlsConfig));
        ProcessBuilder builder = new ProcessBuilder(binary.toString(),
                "-f", config.toString(),
                "-P", run.resolve("kamailio.pid").toString(),
                "-Y", run.toString(),
                "-w", run.toString(),
                "-DD", "-E")
                .directory(run.toFile());
        PeerProcess process = PeerProcess.start("kamailio", builder);
        Kamailio kamailio = new Kamailio(options, ports, run, config, process);
        try {
            kamailio.awaitReady();
        } catch (RuntimeException | AssertionError e) {
            process.stop();
            throw e;
        }
        return kamailio;
    }

    /** The db_text schema files Debian ships, copied so the presence tables start empty in every run. */
    private static void copyPresenceTables(Path db) {
        Path schema = Path.of("/usr/share/kamailio/dbtext/kamailio");
        try {
            Files.createDirectories(db);
            for (String table : List.of("version", "presentity", "active_watchers", "watchers", "xcap")) {
                Files.copy(schema.resolve(table), db.resolve(table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("db_text tables for the presence server (" + schema + ")", e);
        }
    }

    public String host() {
        return HOST;
    }

    /** The UDP and TCP port. */
    public int port() {
        return ports.port();
    }

    /** {@code 127.0.0.1:<port>}: the SIP domain and the realm of the digest challenge. */
    public String hostPort() {
        return HOST + ":" + port();
    }

    /** The address-of-record of {@code user} on this registrar, e.g. {@code sip:bob@127.0.0.1:21234}. */
    public String uri(String user) {
        return "sip:" + user + "@" + hostPort();
    }

    /** The SIP-over-TLS port ({@link KamailioOptions#tls}). */
    public int tlsPort() {
        return enabled(ports.tlsPort(), "tls(certificate)");
    }

    /** {@code 127.0.0.1:<tlsPort>}. */
    public String tlsHostPort() {
        return HOST + ":" + tlsPort();
    }

    /** {@code user} reached over TLS: {@code sip:bob@127.0.0.1:<tlsPort>;transport=tls}. */
    public String tlsUri(String user) {
        return "sip:" + user + "@" + tlsHostPort() + ";transport=tls";
    }

    /** The plain WebSocket port ({@link KamailioOptions#ws}). */
    public int wsPort() {
        return enabled(ports.wsPort(), "ws()");
    }

    /** The secure WebSocket port ({@link KamailioOptions#wss}). */
    public int wssPort() {
        return enabled(ports.wssPort(), "wss()");
    }

    /** {@code ws://127.0.0.1:<wsPort>/} (any path is accepted). */
    public String wsUrl() {
        return "ws://" + HOST + ":" + wsPort() + "/";
    }

    /** {@code wss://127.0.0.1:<wssPort>/}; the certificate names {@link #domain()} and 127.0.0.1. */
    public String wssUrl() {
        return "wss://" + HOST + ":" + wssPort() + "/";
    }

    /** The SIP domain alias ({@link KamailioOptions#domain}), or {@value #HOST} when none was given. */
    public String domain() {
        return options.domain != null ? options.domain : HOST;
    }

    /** {@code sip:<user>@<domain>}: what a client that names the domain addresses (send it to one of our ports). */
    public String domainUri(String user) {
        return "sip:" + user + "@" + domain();
    }

    public KamailioOptions options() {
        return options;
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
        return KamailioConfig.render(KamailioOptions.withUsers(users), new KamailioConfig.Listeners(port, 0, 0, 0),
                Path.of("tls.cfg"));
    }

    private int enabled(int port, String option) {
        if (port == 0) {
            throw new IllegalStateException("this Kamailio has no such listener: start it with KamailioOptions." + option);
        }
        return port;
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
                socket.send(new DatagramPacket(probe, probe.length, loopback, port()));
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
            // TLS, WS and WSS share the TCP machinery, which is up once the plain TCP port accepts
            for (int tcpPort : new int[] {ports.port(), ports.tlsPort(), ports.wsPort(), ports.wssPort()}) {
                if (tcpPort != 0) {
                    try (Socket tcp = new Socket()) {
                        tcp.connect(new InetSocketAddress(loopback, tcpPort), (int) PROBE_INTERVAL.toMillis() * 4);
                    }
                }
            }
            process.note("ready: answers OPTIONS on udp and accepts tcp at " + hostPort() + " " + ports);
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
