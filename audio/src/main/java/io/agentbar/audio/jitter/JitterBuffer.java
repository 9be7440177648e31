package io.agentbar.audio.jitter;

import io.agentbar.audio.rtp.ReceptionStatistics;
import io.agentbar.audio.rtp.ReportBlock;
import io.agentbar.audio.rtp.RtpPacket;

import java.util.Arrays;
import java.util.Optional;

/**
 * An adaptive jitter buffer ordered by RTP sequence number (16-bit wrap handled by extending
 * every number relative to the next one due). The playout side pulls one packet per call; the
 * buffer answers with the packet, with LOST (its turn came and it had not arrived) or with EMPTY
 * (buffering, or the buffer ran dry). The delay it aims for follows the measured jitter; when the
 * level stays well above it the oldest packet is dropped, and an underrun re-buffers to a target
 * raised by one frame (the boost decays over time).
 *
 * <p>Thread-safe: {@code put} and {@code pull} run on different threads and meet on this
 * object's monitor, the only lock per packet. Preallocated; nothing is allocated per packet.
 */
public final class JitterBuffer {
    /** What {@link #pull} found. */
    public enum Outcome { PACKET, LOST, EMPTY }

    /** 1.28 s of 10 ms packets: twice the largest target, with room for a burst on top. */
    private static final int CAPACITY = 128;
    private static final int MASK = CAPACITY - 1;
    private static final int SHRINK_AFTER_PULLS = 50;
    private static final int BOOST_DECAY_PULLS = 500;

    private final int frameMillis;
    private final int minDelayMillis;
    private final int maxDelayMillis;
    private final int maxPayload;
    private final ReceptionStatistics reception;

    private final long[] slotSequence = new long[CAPACITY];
    private final long[] slotTimestamp = new long[CAPACITY];
    private final boolean[] slotMarker = new boolean[CAPACITY];
    private final int[] slotLength = new int[CAPACITY];
    private final byte[][] slotData;

    private boolean initialised;
    private long ssrc;
    private boolean buffering = true;
    private boolean playedAny;
    private long next;
    private long highest;
    private int count;
    private int boostMillis;
    private int pullsAboveTarget;
    private int pullsSinceUnderrun;

    private long lost;
    private long late;
    private long duplicates;
    private long discarded;
    private long underruns;

    /**
     * @param clockRate      RTP clock of the stream
     * @param frameMillis    duration of one packet (the negotiated ptime)
     * @param minDelayMillis lower bound of the target delay (e.g. 40)
     * @param maxDelayMillis upper bound of the target delay (e.g. 200)
     * @param maxPayload     largest payload kept; bigger packets are dropped as garbage
     */
    public JitterBuffer(int clockRate, int frameMillis, int minDelayMillis, int maxDelayMillis, int maxPayload) {
        if (frameMillis <= 0 || minDelayMillis > maxDelayMillis || maxDelayMillis / frameMillis >= CAPACITY / 2) {
            throw new IllegalArgumentException("delay bounds do not fit the buffer");
        }
        this.frameMillis = frameMillis;
        this.minDelayMillis = minDelayMillis;
        this.maxDelayMillis = maxDelayMillis;
        this.maxPayload = maxPayload;
        this.reception = new ReceptionStatistics(clockRate);
        this.slotData = new byte[CAPACITY][maxPayload];
        Arrays.fill(slotSequence, -1);
    }

    /**
     * Offers one received packet.
     *
     * @return whether it was buffered (false: late, duplicate, oversized or untrusted)
     */
    public synchronized boolean put(RtpPacket packet, long arrivalNanos) {
        if (packet.payloadLength() > maxPayload) {
            return false;
        }
        if (initialised && packet.ssrc() != ssrc) {
            restart(); // a new source (RFC 3550 §8.2): its numbering owes nothing to the old one
        }
        if (!reception.update(packet.ssrc(), packet.sequenceNumber(), packet.timestamp(), arrivalNanos)) {
            late++;
            return false;
        }
        if (!initialised) {
            initialised = true;
            ssrc = packet.ssrc();
            next = packet.sequenceNumber();
            highest = next;
        }
        long seq = next + (short) (packet.sequenceNumber() - (int) (next & 0xFFFF));
        if (seq < next) {
            if (!playedAny && highest - seq < CAPACITY) {
                next = seq; // nothing played yet: an early packet overtaken by a later one still fits in front
            } else {
                late++;
                return false;
            }
        }
        if (seq - next >= CAPACITY) {
            // a gap longer than the buffer: what is buffered is stale and the gap is gone for good
            lost += seq - next - count;
            discarded += count;
            flush();
            next = seq;
            highest = seq;
            buffering = true;
        }
        int slot = (int) (seq & MASK);
        if (slotSequence[slot] == seq) {
            duplicates++;
            return false;
        }
        slotSequence[slot] = seq;
        slotTimestamp[slot] = packet.timestamp();
        slotMarker[slot] = packet.marker();
        slotLength[slot] = packet.payloadLength();
        System.arraycopy(packet.buffer(), packet.payloadOffset(), slotData[slot], 0, packet.payloadLength());
        count++;
        highest = Math.max(highest, seq);
        return true;
    }

    /** Takes the packet due next into {@code out} (when the outcome is PACKET). */
    public synchronized Outcome pull(EncodedFrame out) {
        if (!initialised) {
            return Outcome.EMPTY;
        }
        if (count == 0) {
            if (!buffering) {
                buffering = true;
                underruns++;
                boostMillis = Math.min(maxDelayMillis, boostMillis + frameMillis);
                pullsSinceUnderrun = 0;
            }
            return Outcome.EMPTY;
        }
        int level = (int) (highest - next + 1);
        int target = targetDelayMillis();
        if (buffering) {
            if (level * frameMillis < target) {
                return Outcome.EMPTY;
            }
            buffering = false;
        }
        decayBoost();
        if (level * frameMillis >= target + 2 * frameMillis) {
            if (++pullsAboveTarget >= SHRINK_AFTER_PULLS) {
                pullsAboveTarget = 0;
                dropOldest();
            }
        } else {
            pullsAboveTarget = 0;
        }
        int slot = (int) (next & MASK);
        if (slotSequence[slot] != next) {
            lost++;
            next++;
            return Outcome.LOST;
        }
        out.set(slotData[slot], 0, slotLength[slot], (int) (next & 0xFFFF), slotTimestamp[slot], slotMarker[slot]);
        slotSequence[slot] = -1;
        count--;
        next++;
        playedAny = true;
        return Outcome.PACKET;
    }

    /**
     * Copies the packet due next without taking it: after a LOST this is the packet whose Opus
     * FEC data rebuilds the lost one.
     */
    public synchronized boolean peekNext(EncodedFrame out) {
        int slot = (int) (next & MASK);
        if (!initialised || slotSequence[slot] != next) {
            return false;
        }
        out.set(slotData[slot], 0, slotLength[slot], (int) (next & 0xFFFF), slotTimestamp[slot], slotMarker[slot]);
        return true;
    }

    /** The delay the buffer aims for now. */
    public synchronized int targetDelayMillis() {
        int wanted = (int) Math.ceil(2 * frameMillis + 4 * reception.jitterMillis()) + boostMillis;
        return Math.max(minDelayMillis, Math.min(maxDelayMillis, wanted));
    }

    public synchronized JitterStatistics statistics() {
        return new JitterStatistics(reception.received(), lost, late, duplicates, discarded, underruns,
                reception.jitterMillis(), targetDelayMillis());
    }

    /**
     * The reception report block about the source (RFC 3550 §6.4.1), starting a new fraction-lost
     * interval; empty before the first packet.
     */
    public synchronized Optional<ReportBlock> takeReportBlock(long lastSenderReport, long delaySinceLastSenderReport) {
        if (!reception.started()) {
            return Optional.empty();
        }
        return Optional.of(new ReportBlock(reception.ssrc(), reception.takeFractionLost(), reception.cumulativeLost(),
                reception.extendedHighestSequence() & 0xFFFFFFFFL, Math.round(reception.jitter()),
                lastSenderReport, delaySinceLastSenderReport));
    }

    private void dropOldest() {
        int slot = (int) (next & MASK);
        if (slotSequence[slot] == next) {
            slotSequence[slot] = -1;
            count--;
            discarded++;
        } else {
            lost++;
        }
        next++;
    }

    private void decayBoost() {
        if (boostMillis > 0 && ++pullsSinceUnderrun >= BOOST_DECAY_PULLS) {
            boostMillis = Math.max(0, boostMillis - frameMillis);
            pullsSinceUnderrun = 0;
        }
    }

    private void flush() {
        Arrays.fill(slotSequence, -1);
        count = 0;
    }

    private void restart() {
        flush();
        initialised = false;
        buffering = true;
        playedAny = false;
        boostMillis = 0;
        pullsAboveTarget = 0;
    }
}
