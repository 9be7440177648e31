package io.agentbar.app.it.peers;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out loopback ports that are free for both UDP and TCP.
 *
 * <p>Peers get fixed ports in their configs (Kamailio, baresip and JAIN-SIP all reject port 0), so the port must be
 * chosen before the peer starts. Three layers keep parallel tests and parallel JVMs apart:
 * a random start in {@value #LOW}..{@value #HIGH} (below the kernel's ephemeral range 32768+, so outgoing sockets
 * never take them), a bind check on 127.0.0.1 for UDP and TCP, and a file lock per port under
 * {@code java.io.tmpdir/agentbar-it-ports} that this JVM holds until it exits. A port is never handed out twice by
 * one JVM.
 */
public final class Ports {

    static final int LOW = 20000;
    static final int HIGH = 32000;
    private static final int ATTEMPTS = 2000;
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Path LOCK_DIR = Path.of(System.getProperty("java.io.tmpdir"), "agentbar-it-ports");

    /** Ports handed out by this JVM; the locks stay referenced so they are held until the JVM exits. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();
    private static final List<FileLock> HELD_LOCKS = new ArrayList<>();

    private Ports() {
    }

    /** A contiguous block of ports, {@code first()..last()}. */
    public record PortRange(int first, int count) {
        public int last() {
            return first + count - 1;
        }

        /** baresip's {@code rtp_ports} syntax. */
        public String dashed() {
            return first + "-" + last();
        }
    }

    /** One port free for UDP and TCP on 127.0.0.1. */
    public static int freePort() {
        return freeRange(1, false).first();
    }

    /**
     * A contiguous range of {@code count} ports starting on an even port (RTP on even, RTCP on the odd one above),
     * every port free for UDP and TCP.
     */
    public static PortRange freeRtpRange(int count) {
        return freeRange(count, true);
    }

    /** A contiguous range of {@code count} free ports, optionally starting on an even port. */
    public static synchronized PortRange freeRange(int count, boolean evenStart) {
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("count must be 1..1000: " + count);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int first = random.nextInt(LOW, HIGH - count);
            if (evenStart && first % 2 != 0) {
                first++;
            }
            if (tryClaim(first, count)) {
                return new PortRange(first, count);
            }
        }
        throw new IllegalStateException("no free range of " + count + " loopback ports in " + LOW + ".." + HIGH);
    }

    private static boolean tryClaim(int first, int count) {
        for (int port = first; port < first + count; port++) {
            if (HANDED_OUT.contains(port) || !isFree(port)) {
                return false;
            }
        }
        List<FileLock> locks = new ArrayList<>();
        for (int port = first; port < first + count; port++) {
            FileLock lock = lockAcrossJvms(port);
            if (lock == null) {
                locks.forEach(Ports::release);
                return false;
            }
            locks.add(lock);
        }
        HELD_LOCKS.addAll(locks);
        for (int port = first; port < first + count; port++) {
            HANDED_OUT.add(port);
        }
        return true;
    }

    /** True when both a TCP listener and a UDP socket can bind 127.0.0.1:port right now. */
    static boolean isFree(int port) {
        try (ServerSocket tcp = new ServerSocket()) {
            // no SO_REUSEADDR: a port in TIME_WAIT or used by a listener must count as busy
            tcp.setReuseAddress(false);
            tcp.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException busy) {
            return false;
        }
        try (DatagramSocket udp = new DatagramSocket(null)) {
            udp.setReuseAddress(false);
            udp.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException busy) {
            return false;
        }
        return true;
    }

    private static FileLock lockAcrossJvms(int port) {
        try {
            ItPaths.createDirectories(LOCK_DIR);
            FileChannel channel = FileChannel.open(LOCK_DIR.resolve(port + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (OverlappingFileLockException | IOException unavailable) {
            return null;
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException ignored) {
            // closing a lock file we just opened; nothing to recover
        }
    }
}
