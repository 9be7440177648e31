package io.agentbar.sip.media;

import io.agentbar.core.media.PacketChannel;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A packet channel whose real path is known only later: after the SDES answer, or once ICE and
 * DTLS have finished. The audio engine may start at once; until then what it sends is dropped (no
 * key yet, nothing may leave in clear) and receiving waits.
 */
final class PendingChannel implements PacketChannel {
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile PacketChannel path;
    private volatile boolean closed;

    /** Opens the path; later calls are ignored (one path per stream). */
    void open(PacketChannel channel) {
        if (path == null) {
            path = channel;
            settled.countDown();
        }
    }

    /** Ends the wait of a receiver: the stream is over. */
    void close() {
        closed = true;
        settled.countDown();
    }

    boolean isOpen() {
        return path != null && !closed;
    }

    @Override
    public void send(byte[] packet, int offset, int length) throws IOException {
        PacketChannel p = path;
        if (closed) {
            throw new ClosedChannelException();
        }
        if (p != null) {
            p.send(packet, offset, length);
        }
    }

    @Override
    public int receive(byte[] buffer, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (path == null && !closed) {
            try {
                if (!settled.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    return -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClosedChannelException();
            }
        }
        if (closed || path == null) {
            throw new ClosedChannelException();
        }
        long left = Math.max(1, deadline - System.nanoTime());
        return path.receive(buffer, Duration.ofNanos(left));
    }
}
