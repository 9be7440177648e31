package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DtlsPackets} for a socket whose receive thread demultiplexes: that thread hands each DTLS
 * datagram to {@link #deliver}, the handshake thread takes them with {@link #receive}. Sending goes
 * straight to the given {@link DatagramSink} (the ICE socket toward the selected pair).
 *
 * <p>The queue is bounded: a peer flooding DTLS records while nobody reads loses the excess, it
 * cannot grow our heap.
 */
public final class QueuedDtlsPackets implements DtlsPackets {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedDtlsPackets.class);
    /** A handshake flight is a handful of datagrams; 64 leaves room for retransmissions. */
    private static final int CAPACITY = 64;

    /** Where our datagrams go. */
    @FunctionalInterface
    public interface DatagramSink {
        void send(byte[] buffer, int offset, int length) throws IOException;
    }

    private final BlockingQueue<byte[]> inbound = new ArrayBlockingQueue<>(CAPACITY);
    private final DatagramSink sink;
    private final int maxDatagramSize;

    public QueuedDtlsPackets(DatagramSink sink, int maxDatagramSize) {
        if (maxDatagramSize < 256) {
            throw new IllegalArgumentException("max datagram size too small for DTLS: " + maxDatagramSize);
        }
        this.sink = sink;
        this.maxDatagramSize = maxDatagramSize;
    }

    /**
     * Called by the socket's receive thread with one received datagram, already known to be DTLS.
     * Copies it, so the caller may reuse its buffer.
     *
     * @return false when the datagram was dropped because the queue is full
     */
    public boolean deliver(byte[] buffer, int offset, int length) {
        boolean queued = inbound.offer(Arrays.copyOfRange(buffer, offset, offset + length));
        if (!queued) {
            LOG.debug("DTLS queue full, dropped a {}-byte datagram", length);
        }
        return queued;
    }

    @Override
    public void send(byte[] buffer, int offset, int length) throws IOException {
        sink.send(buffer, offset, length);
    }

    @Override
    public int receive(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        byte[] datagram;
        try {
            datagram = inbound.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for DTLS");
        }
        if (datagram == null) {
            return -1;
        }
        int n = Math.min(length, datagram.length);
        System.arraycopy(datagram, 0, buffer, offset, n);
        return n;
    }

    @Override
    public int maxDatagramSize() {
        return maxDatagramSize;
    }
}
