package io.agentbar.sip.media;

import io.agentbar.core.media.PacketChannel;
import io.agentbar.sip.media.dtls.QueuedDtlsPackets;
import io.agentbar.sip.media.ice.IceConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One ICE socket carrying DTLS, RTP and RTCP (rtcp-mux): a reader thread sorts each datagram by
 * its first byte (RFC 7983: 20–63 DTLS, 128–191 RTP/RTCP) and RTCP from RTP by payload type
 * 192–223 (RFC 5761 §4). STUN never gets here: ice4j keeps it for its own checks.
 */
final class MuxedPackets implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MuxedPackets.class);
    private static final int MAX_DATAGRAM = 1500;
    /** Half a second of audio at 50 packets per second; a stalled reader drops the oldest. */
    private static final int QUEUE = 32;

    private final IceConnection ice;
    private final QueuedDtlsPackets dtls;
    private final Lane rtp = new Lane();
    private final Lane rtcp = new Lane();
    private final Thread reader;
    private volatile boolean closed;

    MuxedPackets(IceConnection ice, String name) {
        this.ice = ice;
        this.dtls = new QueuedDtlsPackets(ice::send, 1200);
        this.reader = Thread.ofPlatform().name("media-demux-" + name).daemon().unstarted(this::read);
        reader.start();
    }

    QueuedDtlsPackets dtls() {
        return dtls;
    }

    /** Plain RTP of this socket, for the SRTP layer to protect. */
    PacketChannel rtp() {
        return rtp;
    }

    PacketChannel rtcp() {
        return rtcp;
    }

    private void read() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!closed) {
            int n;
            try {
                n = ice.receive(buffer, Duration.ofMillis(200));
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("media socket closed: {}", e.toString());
                }
                break;
            }
            if (n <= 0) {
                continue;
            }
            int first = buffer[0] & 0xff;
            if (first >= 20 && first <= 63) {
                dtls.deliver(buffer, 0, n);
            } else if (first >= 128 && first <= 191 && n >= 2) {
                int type = buffer[1] & 0xff;
                (type >= 192 && type <= 223 ? rtcp : rtp).offer(Arrays.copyOf(buffer, n));
            } else {
                LOG.debug("dropped a {}-byte datagram of unknown kind (first byte {})", n, first);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }

    /** One kind of packet, queued from the reader to its consumer. */
    private final class Lane implements PacketChannel {
        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);

        void offer(byte[] packet) {
            if (!queue.offer(packet)) {
                queue.poll();
                queue.offer(packet);
            }
        }

        @Override
        public void send(byte[] packet, int offset, int length) throws IOException {
            if (closed) {
                throw new ClosedChannelException();
            }
            ice.send(packet, offset, length);
        }

        @Override
        public int receive(byte[] buffer, Duration timeout) throws IOException {
            if (closed) {
                throw new ClosedChannelException();
            }
            byte[] packet;
            try {
                packet = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClosedChannelException();
            }
            if (packet == null) {
                if (closed) {
                    throw new ClosedChannelException();
                }
                return -1;
            }
            int n = Math.min(packet.length, buffer.length);
            System.arraycopy(packet, 0, buffer, 0, n);
            return n;
        }
    }
}
