package io.agentbar.sip.media.ice;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A real coturn on 127.0.0.1 for one test class: free ports found by binding, the process
 * recorded by PID and killed by {@link #close()}, its log and pid file under target/.
 */
final class Coturn implements AutoCloseable {
    static final String USER = "alice";
    static final String PASSWORD = "secret";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int RELAY_PORTS = 20;

    private final Process process;
    private final InetSocketAddress address;
    private final int minRelayPort;
    private final Path log;

    private Coturn(Process process, InetSocketAddress address, int minRelayPort, Path log) {
        this.process = process;
        this.address = address;
        this.minRelayPort = minRelayPort;
        this.log = log;
    }

    static Coturn start() throws IOException, InterruptedException {
        int port = freeUdpAndTcpPort();
        int minRelay = freeUdpRange(RELAY_PORTS);
        Path dir = Path.of("target", "coturn-" + port).toAbsolutePath();
        Files.createDirectories(dir);
        Path log = dir.resolve("turnserver.log");
        List<String> command = new ArrayList<>(List.of("/usr/bin/turnserver", "-n",
                "-L", "127.0.0.1", "-p", String.valueOf(port), "-r", "test.local", "-a",
                "-u", USER + ":" + PASSWORD, "-f", "--no-tls", "--no-dtls", "--no-cli",
                "--allow-loopback-peers",
                "--min-port=" + minRelay, "--max-port=" + (minRelay + RELAY_PORTS - 1),
                "--userdb=" + dir.resolve("turndb"),
                "--log-file=stdout", "--pidfile", dir.resolve("turnserver.pid").toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Coturn coturn = new Coturn(process, new InetSocketAddress(LOOPBACK, port), minRelay, log);
        try {
            coturn.awaitStunAnswer(Duration.ofSeconds(15));
        } catch (IOException | RuntimeException e) {
            coturn.close();
            throw e;
        }
        return coturn;
    }

    InetSocketAddress address() {
        return address;
    }

    boolean isRelayPort(int port) {
        return port >= minRelayPort && port < minRelayPort + RELAY_PORTS;
    }

    long pid() {
        return process.pid();
    }

    /** Polls with STUN Binding requests until coturn answers one: readiness without sleeping. */
    private void awaitStunAnswer(Duration limit) throws IOException {
        Instant deadline = Instant.now().plus(limit);
        byte[] request = new byte[20];
        request[1] = 0x01; // Binding request, no attributes
        request[4] = 0x21;
        request[5] = 0x12;
        request[6] = (byte) 0xa4;
        request[7] = 0x42;
        byte[] transactionId = new byte[12];
        ThreadLocalRandom.current().nextBytes(transactionId);
        System.arraycopy(transactionId, 0, request, 8, transactionId.length);
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            probe.setSoTimeout(200);
            byte[] answer = new byte[512];
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException("turnserver exited with " + process.exitValue() + "; see " + log);
                }
                probe.send(new DatagramPacket(request, request.length, address));
                try {
                    DatagramPacket p = new DatagramPacket(answer, answer.length);
                    probe.receive(p);
                    if (p.getLength() >= 20 && answer[0] == 0x01 && answer[1] == 0x01) {
                        return;
                    }
                } catch (SocketTimeoutException stillStarting) {
                    // next probe
                }
            }
        }
        throw new IOException("turnserver did not answer STUN within " + limit + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freeUdpAndTcpPort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, LOOPBACK)) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no free UDP+TCP port on 127.0.0.1");
    }

    private static int freeUdpRange(int size) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 40_000 + ThreadLocalRandom.current().nextInt(20_000 / size) * size;
            List<DatagramSocket> held = new ArrayList<>();
            try {
                for (int p = first; p < first + size; p++) {
                    held.add(new DatagramSocket(new InetSocketAddress(LOOPBACK, p)));
                }
                return first;
            } catch (IOException taken) {
                // try another range
            } finally {
                held.forEach(DatagramSocket::close);
            }
        }
        throw new IOException("no free range of " + size + " UDP ports");
    }
}
