package io.agentbar.sip.media.srtp;

import io.agentbar.core.media.PacketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A packet channel that speaks SRTP (or SRTCP) underneath and plain RTP (or RTCP) above: packets
 * are protected on the way out and checked on the way in. Received packets that fail
 * authentication, replay or parsing are dropped, counted and the wait goes on for the rest of the
 * timeout, so a forger can neither inject audio nor end a receive early.
 *
 * <p>One sending and one receiving thread, as for the channel below. Sending copies into a buffer
 * owned by the sending thread, so the caller's packet is never changed and nothing is allocated.
 */
public final class SrtpPacketChannel implements PacketChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SrtpPacketChannel.class);
    /** Big enough for any packet on an Ethernet path plus the SRTCP trailer; grown if ever needed. */
    private static final int INITIAL_SEND_BUFFER = 2048;

    private enum Kind { RTP, RTCP }

    private final PacketChannel plain;
    private final SrtpSession session;
    private final Kind kind;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong unsent = new AtomicLong();
    private byte[] sendBuffer = new byte[INITIAL_SEND_BUFFER]; // sending thread only

    private SrtpPacketChannel(PacketChannel plain, SrtpSession session, Kind kind) {
        this.plain = Objects.requireNonNull(plain, "plain");
        this.session = Objects.requireNonNull(session, "session");
        this.kind = kind;
    }

    /** Protects the RTP channel of a stream. */
    public static SrtpPacketChannel rtp(PacketChannel plain, SrtpSession session) {
        return new SrtpPacketChannel(plain, session, Kind.RTP);
    }

    /** Protects the RTCP channel of a stream (RTCP on its own port, not rtcp-mux). */
    public static SrtpPacketChannel rtcp(PacketChannel plain, SrtpSession session) {
        return new SrtpPacketChannel(plain, session, Kind.RTCP);
    }

    @Override
    public void send(byte[] packet, int offset, int length) throws IOException {
        int overhead = kind == Kind.RTP ? session.suite().rtpOverhead() : session.suite().rtcpOverhead();
        if (length + overhead > sendBuffer.length) {
            sendBuffer = new byte[length + overhead];
        }
        System.arraycopy(packet, offset, sendBuffer, 0, length);
        int result;
        try {
            result = kind == Kind.RTP ? session.protectRtp(sendBuffer, length) : session.protectRtcp(sendBuffer, length);
        } catch (IllegalStateException e) {
            throw new IOException("cannot protect " + kind + " packet", e);
        }
        if (result < 0) {
            // our own packet was malformed or repeated an index; sending it in clear is never an option
            logDrop("unsent", result, unsent.incrementAndGet());
            return;
        }
        plain.send(sendBuffer, 0, result);
    }

    @Override
    public int receive(byte[] buffer, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        Duration wait = timeout;
        while (true) {
            int length = plain.receive(buffer, wait);
            if (length < 0) {
                return -1;
            }
            int result = kind == Kind.RTP ? session.unprotectRtp(buffer, length) : session.unprotectRtcp(buffer, length);
            if (result >= 0) {
                return result;
            }
            logDrop("dropped", result, dropped.incrementAndGet());
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            wait = Duration.ofNanos(left);
        }
    }

    /** Received packets this channel dropped; {@link SrtpSession#drops()} has them by reason. */
    public long dropped() {
        return dropped.get();
    }

    private void logDrop(String what, int result, long count) {
        // bad packets can come in floods: log the 1st, 2nd, 4th, 8th... so the log stays bounded
        if (LOG.isDebugEnabled() && Long.bitCount(count) == 1) {
            LOG.debug("{} {} packet ({}), {} so far", what, kind,
                    SrtpFailure.of(result).map(Enum::name).orElse("?"), count);
        }
    }
}
