package io.agentbar.audio.rtp;

/**
 * What RFC 3550 appendix A asks a receiver to track about one source: the extended highest
 * sequence number with 16-bit wrap (A.1), expected and lost packets and the fraction lost since
 * the previous report (A.3), and the interarrival jitter (A.8). Not thread-safe: the owner
 * guards it.
 */
public final class ReceptionStatistics {
    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int SEQ_MOD = 1 << 16;

    private final int clockRate;
    private boolean started;
    private long ssrc;
    private int maxSeq;
    private long cycles;
    private long baseSeq;
    private int badSeq = -1;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long lastArrivalNanos;
    private long lastTimestamp;
    private double jitter;

    public ReceptionStatistics(int clockRate) {
        this.clockRate = clockRate;
    }

    /**
     * Accounts for one packet.
     *
     * @return false when the sequence number jumped so far that the packet is not trusted yet
     *         (A.1: a second packet continuing the jump restarts the count)
     */
    public boolean update(long packetSsrc, int seq, long timestamp, long arrivalNanos) {
        if (!started || packetSsrc != ssrc) {
            restart(packetSsrc, seq);
        } else {
            int delta = (seq - maxSeq) & 0xFFFF;
            if (delta < MAX_DROPOUT) {
                if (seq < maxSeq) {
                    cycles += SEQ_MOD;
                }
                maxSeq = seq;
            } else if (delta <= SEQ_MOD - MAX_MISORDER) {
                if (seq != badSeq) {
                    badSeq = (seq + 1) & 0xFFFF;
                    return false;
                }
                restart(packetSsrc, seq);
            }
            // otherwise a duplicate or a reordered packet: counted, max unchanged
        }
        received++;
        updateJitter(timestamp, arrivalNanos);
        return true;
    }

    private void restart(long packetSsrc, int seq) {
        started = true;
        ssrc = packetSsrc;
        maxSeq = seq;
        cycles = 0;
        baseSeq = seq;
        badSeq = -1;
        received = 0;
        expectedPrior = 0;
        receivedPrior = 0;
        lastArrivalNanos = Long.MIN_VALUE;
        jitter = 0;
    }

    private void updateJitter(long timestamp, long arrivalNanos) {
        if (lastArrivalNanos != Long.MIN_VALUE) {
            double arrivalDelta = (arrivalNanos - lastArrivalNanos) * (double) clockRate / 1e9;
            int timestampDelta = (int) (timestamp - lastTimestamp); // wraps correctly as signed 32-bit
            double d = Math.abs(arrivalDelta - timestampDelta);
            jitter += (d - jitter) / 16.0;
        }
        lastArrivalNanos = arrivalNanos;
        lastTimestamp = timestamp;
    }

    public boolean started() {
        return started;
    }

    public long ssrc() {
        return ssrc;
    }

    public long received() {
        return received;
    }

    /** Cycles (in units of 65536) plus the highest sequence number seen. */
    public long extendedHighestSequence() {
        return cycles + maxSeq;
    }

    public long expected() {
        return started ? extendedHighestSequence() - baseSeq + 1 : 0;
    }

    /** Cumulative lost (A.3): may be negative when duplicates arrive. */
    public long cumulativeLost() {
        return expected() - received;
    }

    /** Interarrival jitter in RTP timestamp units. */
    public double jitter() {
        return jitter;
    }

    public double jitterMillis() {
        return jitter * 1000.0 / clockRate;
    }

    /**
     * The fraction lost since the previous call, as the 8-bit fixed-point number of a report
     * block (A.3). Starts a new interval.
     */
    public int takeFractionLost() {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        return expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
    }
}
