package io.agentbar.audio.testing;

import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.PacketChannel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An in-memory transport: what the engine sends is queued for the test; what the test injects is received. */
public final class QueueTransport implements MediaTransport {
    public final Channel rtp = new Channel();
    public final Channel rtcp = new Channel();
    private volatile int closes;

    @Override
    public InetSocketAddress localRtp() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 4000);
    }

    @Override
    public InetSocketAddress localRtcp() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 4001);
    }

    @Override
    public java.util.concurrent.CompletionStage<Void> connect(io.agentbar.core.media.MediaDescription remote) {
        return MediaTransport.ready();
    }

    @Override
    public PacketChannel rtp() {
        return rtp;
    }

    @Override
    public PacketChannel rtcp() {
        return rtcp;
    }

    public int closes() {
        return closes;
    }

    @Override
    public void close() {
        closes++;
        rtp.closed = true;
        rtcp.closed = true;
    }

    public static final class Channel implements PacketChannel {
        public final BlockingQueue<byte[]> sent = new LinkedBlockingQueue<>();
        public final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>();
        volatile boolean closed;

        @Override
        public void send(byte[] packet, int offset, int length) throws IOException {
            if (closed) {
                throw new ClosedChannelException();
            }
            sent.add(Arrays.copyOfRange(packet, offset, offset + length));
        }

        @Override
        public int receive(byte[] buffer, Duration timeout) throws IOException {
            if (closed) {
                throw new ClosedChannelException();
            }
            try {
                byte[] p = incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (p == null) {
                    return -1;
                }
                System.arraycopy(p, 0, buffer, 0, p.length);
                return p.length;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClosedChannelException();
            }
        }

        /** The next packet sent, waiting at most {@code millis}; fails the test when none comes. */
        public byte[] nextSent(long millis) throws InterruptedException {
            byte[] p = sent.poll(millis, TimeUnit.MILLISECONDS);
            if (p == null) {
                throw new AssertionError("nothing was sent within " + millis + " ms");
            }
            return p;
        }
    }
}
