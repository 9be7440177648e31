package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.bouncycastle.tls.DatagramTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts {@link DtlsPackets} to bctls' blocking {@link DatagramTransport} and gives the owner two
 * levers bctls lacks: a local stop and an overall handshake deadline. bctls blocks in
 * {@code receive} for up to its retransmission timer, so we wait in short slices and check both
 * levers between them; that bounds how long a hang-up waits for the thread to notice.
 *
 * <p>Both levers surface as {@link InterruptedIOException}: bctls passes that type through without
 * marking the association failed, so a stopped association can still send its close_notify.
 *
 * <p>As the DTLS client we also drop every datagram that starts with a ClientHello. No server ever
 * sends one, but a peer that first took the client role sends them: rtpengine, given our
 * {@code setup:actpass} offer, starts a handshake as client at once and only turns passive when
 * the answer says so. Its abandoned ClientHello waits in our queue (or is still in flight) when
 * our own handshake starts, and bctls, expecting ServerHello, fails on it with unexpected_message.
 * Dropping it costs nothing: an epoch-0 handshake record is unauthenticated, and the real server
 * answers our ClientHello anyway.
 */
final class PacketTransport implements DatagramTransport {
    private static final Logger LOG = LoggerFactory.getLogger(PacketTransport.class);
    static final int SLICE_MILLIS = 100;
    /** Largest DTLS record (2^14 plaintext + expansion) plus header: never truncate a legal datagram. */
    private static final int RECEIVE_LIMIT = (1 << 14) + 2048;

    /** DTLS record header: type(1) version(2) epoch(2) sequence(6) length(2); then the handshake type. */
    private static final int RECORD_HEADER = 13;
    private static final int HANDSHAKE = 22;
    private static final int CLIENT_HELLO = 1;

    private final DtlsPackets packets;
    private final boolean dropClientHellos;
    private volatile boolean stopRequested;
    private volatile boolean closed;
    private volatile long deadlineNanos;
    private volatile boolean deadlinePassed;
    private volatile boolean deadlineArmed;

    PacketTransport(DtlsPackets packets, DtlsRole role) {
        this.packets = packets;
        this.dropClientHellos = role == DtlsRole.CLIENT;
    }

    /** Fails any wait that reaches this point in time (System.nanoTime) until {@link #disarmDeadline}. */
    void armDeadline(long nanoTime) {
        this.deadlineNanos = nanoTime;
        this.deadlineArmed = true;
    }

    void disarmDeadline() {
        this.deadlineArmed = false;
    }

    boolean deadlinePassed() {
        return deadlinePassed;
    }

    void requestStop() {
        stopRequested = true;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public int getReceiveLimit() {
        return Math.max(RECEIVE_LIMIT, packets.maxDatagramSize());
    }

    @Override
    public int getSendLimit() {
        return packets.maxDatagramSize();
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        // bctls: a wait of zero means "no limit"
        long end = waitMillis == 0 ? Long.MAX_VALUE : System.nanoTime() + waitMillis * 1_000_000L;
        while (true) {
            if (closed) {
                throw new IOException("DTLS transport closed");
            }
            if (stopRequested) {
                throw new InterruptedIOException("DTLS closed locally");
            }
            long now = System.nanoTime();
            if (deadlineArmed && now - deadlineNanos >= 0) {
                deadlinePassed = true;
                throw new InterruptedIOException("DTLS handshake deadline passed");
            }
            long remaining = end == Long.MAX_VALUE ? Long.MAX_VALUE : end - now;
            if (remaining <= 0) {
                return -1;
            }
            long slice = Math.min(remaining, SLICE_MILLIS * 1_000_000L);
            if (deadlineArmed) {
                slice = Math.min(slice, deadlineNanos - now);
            }
            int millis = (int) Math.max(1, slice / 1_000_000L);
            int n = packets.receive(buf, off, len, millis);
            if (n >= 0 && dropClientHellos && startsWithClientHello(buf, off, n)) {
                LOG.debug("DTLS client: dropped a ClientHello from the peer (left over from its own client attempt)");
            } else if (n >= 0) {
                return n;
            }
        }
    }

    /** Whether the datagram's first record is an epoch-0 handshake record holding a ClientHello. */
    static boolean startsWithClientHello(byte[] buf, int off, int len) {
        return len > RECORD_HEADER
                && (buf[off] & 0xFF) == HANDSHAKE
                && buf[off + 3] == 0 && buf[off + 4] == 0 // epoch 0: before any ChangeCipherSpec
                && (buf[off + RECORD_HEADER] & 0xFF) == CLIENT_HELLO;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (!closed) {
            packets.send(buf, off, len);
        }
    }

    /** Called by bctls once the association is over (after its close_notify or fatal alert). */
    @Override
    public void close() {
        closed = true;
    }
}
