package io.agentbar.app.it.peers;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A real coturn TURN/STUN server on 127.0.0.1 (UDP and TCP, no TLS/DTLS) with one long-term credential
 * ({@code -a -u user:password}, what WebRTC clients use) for integration tests.
 *
 * <p>{@code --allow-loopback-peers} is required for 127.x peers (coturn refuses them otherwise); relay ports come from
 * a free range. Readiness is a STUN Binding request answered with a Binding success response.
 */
public final class Coturn implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final String DEFAULT_REALM = "agentbar.test";
    private static final int RELAY_PORTS = 40;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    private static final Duration UCLIENT_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");
    /** turnutils_uclient's summary: {@code Total lost packets 0 (0.000000%), ...}. */
    static final Pattern LOST = Pattern.compile("Total lost packets (\\d+) ");

    private final int port;
    private final String user;
    private final String password;
    private final String realm;
    private final Path runDirectory;
    private final PeerProcess process;

    private Coturn(int port, String user, String password, String realm, Path runDirectory, PeerProcess process) {
        this.port = port;
        this.user = user;
        this.password = password;
        this.realm = realm;
        this.runDirectory = runDirectory;
        this.process = process;
    }

    /** Starts turnserver with the long-term credential {@code user}/{@code password} in {@link #DEFAULT_REALM}. */
    public static Coturn start(String user, String password) {
        return start(user, password, DEFAULT_REALM);
    }

    public static Coturn start(String user, String password, String realm) {
        return start(user, password, realm, HOST);
    }

    /**
     * @param relayIp the address relayed candidates get: a peer that pairs candidates only within
     *                one address scope (baresip 1.0 never pairs its interface address with a
     *                loopback one) needs the relay on the address it uses itself
     */
    public static Coturn start(String user, String password, String realm, String relayIp) {
        for (String value : List.of(user, password, realm)) {
            if (!SAFE.matcher(Objects.requireNonNull(value)).matches()) {
                throw new IllegalArgumentException("keep TURN user, password and realm to [A-Za-z0-9._-]: " + value);
            }
        }
        Path binary = PeerBinaries.require("turnserver");
        int port = Ports.freePort();
        Ports.PortRange relay = Ports.freeRange(RELAY_PORTS, true);
        Path run = ItPaths.newRunDirectory("coturn");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(),
                "-n",
                "--listening-ip=" + HOST,
                "--relay-ip=" + relayIp,
                "--listening-port=" + port,
                "--realm=" + realm,
                "--lt-cred-mech",
                "--user=" + user + ":" + password,
                "--fingerprint",
                "--no-tls", "--no-dtls", "--no-cli",
                "--allow-loopback-peers",
                "--min-port=" + relay.first(),
                "--max-port=" + relay.last(),
                // its own user database file: the default lives in /var/lib/turn, shared by every run
                "--userdb=" + run.resolve("turndb"),
                "--log-file=stdout",
                "--simple-log", "--verbose",
                "--pidfile=" + run.resolve("turnserver.pid"))
                .directory(run.toFile());
        PeerProcess process = PeerProcess.start("coturn", builder);
        Coturn coturn = new Coturn(port, user, password, realm, run, process);
        try {
            coturn.awaitBindingResponse();
        } catch (RuntimeException | AssertionError e) {
            process.stop();
            throw e;
        }
        return coturn;
    }

    /** The STUN/TURN port (UDP and TCP). */
    public int port() {
        return port;
    }

    /** {@code turn:127.0.0.1:<port>?transport=udp}, as in an RTCIceServer. */
    public String turnUri() {
        return "turn:" + HOST + ":" + port + "?transport=udp";
    }

    /** {@code stun:127.0.0.1:<port>}. */
    public String stunUri() {
        return "stun:" + HOST + ":" + port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String realm() {
        return realm;
    }

    /**
     * Runs coturn's own client ({@code turnutils_uclient}): it allocates a relay with the long-term credential and
     * echoes {@code messages} UDP messages through it.
     *
     * @return the number of lost messages it reports (0 when the relay works)
     * @throws AssertionError when the client fails or prints no summary
     */
    public int relayEchoLoss(int messages) {
        Path binary = PeerBinaries.require("turnutils_uclient");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-y", "-u", user, "-w", password,
                "-p", Integer.toString(port), "-n", Integer.toString(messages), "-m", "1", HOST)
                .directory(runDirectory.toFile());
        try (PeerProcess client = PeerProcess.start("turnutils-uclient", builder)) {
            closeStdin(client);
            int code = client.awaitExit(UCLIENT_TIMEOUT);
            if (code != 0) {
                throw client.failure("exited with code " + code);
            }
            return Integer.parseInt(client.awaitLine(LOST, Duration.ZERO).group(1));
        }
    }

    public Path runDirectory() {
        return runDirectory;
    }

    public PeerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop();
    }

    private void awaitBindingResponse() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            socket.setSoTimeout((int) PROBE_INTERVAL.toMillis());
            byte[] reply = new byte[1024];
            while (true) {
                if (!process.isAlive()) {
                    throw process.failure("exited during startup");
                }
                if (System.nanoTime() > deadline) {
                    throw process.failure("did not answer a STUN Binding request on udp:" + HOST + ":" + port
                            + " within " + READY_TIMEOUT);
                }
                byte[] request = bindingRequest();
                socket.send(new DatagramPacket(request, request.length, loopback, port));
                try {
                    DatagramPacket packet = new DatagramPacket(reply, reply.length);
                    socket.receive(packet);
                    if (isBindingSuccessFor(packet, request)) {
                        process.note("ready: STUN Binding success response on udp:" + HOST + ":" + port);
                        return;
                    }
                } catch (SocketTimeoutException notYet) {
                    // not listening yet: the next probe
                }
            }
        } catch (IOException e) {
            throw process.failure("readiness probe failed: " + e);
        }
    }

    /** RFC 5389 Binding request: type 0x0001, no attributes, magic cookie, random 96-bit transaction id. */
    private static byte[] bindingRequest() {
        ByteBuffer message = ByteBuffer.allocate(20);
        message.putShort((short) 0x0001).putShort((short) 0).putInt(MAGIC_COOKIE);
        byte[] transaction = new byte[12];
        ThreadLocalRandom.current().nextBytes(transaction);
        return message.put(transaction).array();
    }

    private static boolean isBindingSuccessFor(DatagramPacket packet, byte[] request) {
        if (packet.getLength() < 20) {
            return false;
        }
        ByteBuffer reply = ByteBuffer.wrap(packet.getData(), 0, packet.getLength());
        boolean success = reply.getShort(0) == 0x0101 && reply.getInt(4) == MAGIC_COOKIE;
        return success && ByteBuffer.wrap(packet.getData(), 8, 12).equals(ByteBuffer.wrap(request, 8, 12));
    }

    private static void closeStdin(PeerProcess process) {
        try {
            process.stdin().close();
        } catch (IOException ignored) {
            // the tool does not read stdin; nothing to close
        }
    }
}
