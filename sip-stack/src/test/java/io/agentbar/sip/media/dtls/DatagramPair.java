package io.agentbar.sip.media.dtls;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two {@link QueuedDtlsPackets} wired to each other in memory: what one sends, the other receives.
 * Each direction can be told to lose its next datagrams, to exercise DTLS retransmission.
 */
final class DatagramPair {
    final QueuedDtlsPackets left;
    final QueuedDtlsPackets right;
    private final AtomicInteger dropLeftToRight = new AtomicInteger();
    private final AtomicInteger dropRightToLeft = new AtomicInteger();
    final AtomicInteger sentLeftToRight = new AtomicInteger();
    final AtomicInteger sentRightToLeft = new AtomicInteger();

    DatagramPair() {
        QueuedDtlsPackets[] ends = new QueuedDtlsPackets[2];
        ends[0] = new QueuedDtlsPackets((b, off, len) -> {
            sentLeftToRight.incrementAndGet();
            if (dropLeftToRight.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
                ends[1].deliver(b, off, len);
            }
        }, 1200);
        ends[1] = new QueuedDtlsPackets((b, off, len) -> {
            sentRightToLeft.incrementAndGet();
            if (dropRightToLeft.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
                ends[0].deliver(b, off, len);
            }
        }, 1200);
        left = ends[0];
        right = ends[1];
    }

    /** Loses the next {@code count} datagrams sent from right to left. */
    void loseRightToLeft(int count) {
        dropRightToLeft.set(count);
    }

    /** A path to a peer that never answers. */
    static QueuedDtlsPackets silentPeer() {
        return new QueuedDtlsPackets((b, off, len) -> { }, 1200);
    }
}
