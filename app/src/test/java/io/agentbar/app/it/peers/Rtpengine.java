package io.agentbar.app.it.peers;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A real rtpengine media proxy (userspace only, no kernel module) on 127.0.0.1 for integration tests, controlled over
 * the ng protocol (bencode over UDP) by Kamailio ({@link KamailioOptions#rtpengine}) or by {@link #ping()}.
 *
 * <p>Started as {@code rtpengine --config-file=none --table=-1 --interface=127.0.0.1 --listen-ng=127.0.0.1:<ng>
 * --foreground --log-stderr --port-min/--port-max <free range>}; log level 6 so every ng command and its reply is in
 * the log ({@code Received command 'offer'}, {@code Replying to 'answer'}), which tests can await.
 */
public final class Rtpengine implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    /** Each bridged call takes a few ports per side (RTP and RTCP, per leg); 40 is plenty for a test. */
    private static final int MEDIA_PORTS = 40;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    private static final Pattern PONG = Pattern.compile("d6:result4:ponge");

    private final int ngPort;
    private final Ports.PortRange mediaPorts;
    private final Path runDirectory;
    private final PeerProcess process;

    private Rtpengine(int ngPort, Ports.PortRange mediaPorts, Path runDirectory, PeerProcess process) {
        this.ngPort = ngPort;
        this.mediaPorts = mediaPorts;
        this.runDirectory = runDirectory;
        this.process = process;
    }

    /** Starts rtpengine in the foreground and returns once it answers an ng {@code ping} with {@code pong}. */
    public static Rtpengine start() {
        Path binary = PeerBinaries.require("rtpengine");
        int ngPort = Ports.freePort();
        Ports.PortRange media = Ports.freeRtpRange(MEDIA_PORTS);
        Path run = ItPaths.newRunDirectory("rtpengine");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(),
                "--config-file=none",
                "--table=-1",
                "--interface=" + HOST,
                "--listen-ng=" + HOST + ":" + ngPort,
                "--foreground",
                "--log-stderr",
                "--log-level=6",
                "--port-min=" + media.first(),
                "--port-max=" + media.last(),
                "--pidfile=" + run.resolve("rtpengine.pid"))
                .directory(run.toFile());
        PeerProcess process = PeerProcess.start("rtpengine", builder);
        Rtpengine rtpengine = new Rtpengine(ngPort, media, run, process);
        try {
            rtpengine.awaitPong();
        } catch (RuntimeException | AssertionError e) {
            process.stop();
            throw e;
        }
        return rtpengine;
    }

    /** The ng control port (UDP), what Kamailio's {@code rtpengine_sock} names. */
    public int ngPort() {
        return ngPort;
    }

    /** The ports rtpengine may open for media. */
    public Ports.PortRange mediaPorts() {
        return mediaPorts;
    }

    /**
     * Sends one ng {@code ping} and returns the raw reply dictionary (bencoded, e.g. {@code d6:result4:ponge}).
     *
     * @throws AssertionError when no reply arrives within {@code timeout}
     */
    public String ping(Duration timeout) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            socket.setSoTimeout((int) timeout.toMillis());
            return exchange(socket, loopback);
        } catch (SocketTimeoutException e) {
            throw process.failure("did not answer ng ping on udp:" + HOST + ":" + ngPort + " within " + timeout);
        } catch (IOException e) {
            throw process.failure("ng ping failed: " + e);
        }
    }

    /** Waits for a log line; e.g. {@code Pattern.compile("Replying to 'answer'")} once a call is bridged. */
    public PeerProcess.LineMatch awaitLog(Pattern line, Duration timeout) {
        return process.awaitLine(line, timeout);
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

    /** Pings until pong; each probe waits on the socket, so this is driven by rtpengine's answer, not by sleeping. */
    private void awaitPong() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            socket.setSoTimeout((int) PROBE_INTERVAL.toMillis());
            while (true) {
                if (!process.isAlive()) {
                    throw process.failure("exited during startup");
                }
                if (System.nanoTime() > deadline) {
                    throw process.failure("did not answer ng ping on udp:" + HOST + ":" + ngPort + " within " + READY_TIMEOUT);
                }
                try {
                    String reply = exchange(socket, loopback);
                    if (PONG.matcher(reply).find()) {
                        process.note("ready: ng ping answered " + reply);
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

    /** ng wire format: {@code <cookie> <bencoded dictionary>}; the reply carries the same cookie. */
    private String exchange(DatagramSocket socket, InetAddress loopback) throws IOException {
        String cookie = UUID.randomUUID().toString().replace("-", "");
        byte[] request = (cookie + " d7:command4:pinge").getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(request, request.length, loopback, ngPort));
        byte[] buffer = new byte[2048];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            String reply = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
            // a late answer to an earlier probe has another cookie: skip it
            if (reply.startsWith(cookie + " ")) {
                return reply.substring(cookie.length() + 1);
            }
        }
    }
}
