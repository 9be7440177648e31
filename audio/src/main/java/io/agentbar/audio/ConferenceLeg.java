package io.agentbar.audio;

import io.agentbar.audio.device.FrameClock;
import io.agentbar.audio.pcm.FrameRing;
import io.agentbar.audio.pcm.PcmFormat;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What one call in a conference shares with the {@link ConferenceBridge}: two lock-free rings in
 * place of the call's own microphone and speaker.
 *
 * <pre>
 *  bridge thread ─► toMember [send │ agent │ heard] ─► the call's send thread (paced by the bridge)
 *  the call's playout thread (own 20 ms clock) ─► fromMember [decoded far end] ─► bridge thread
 * </pre>
 *
 * Each ring has one producer and one consumer; a consumer that finds more than
 * {@link #MAX_SKEW_FRAMES} waiting skips the oldest, which bounds the delay the rings can add when
 * the clocks drift. Nothing here locks or allocates per frame; the send thread parks until the
 * bridge unparks it.
 */
final class ConferenceLeg {
    private static final int FRAME = PcmFormat.FRAME_SAMPLES;
    private static final int RING_FRAMES = 8;
    private static final int MAX_SKEW_FRAMES = 3;
    /** How long the send thread waits for the bridge before it sends a frame of silence. */
    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    final RtpSession session;
    private final ConferenceBridge bridge;
    /** The agent's microphone as this call's recording sees it (after the mute), for the send thread. */
    final short[] agent = new short[FRAME];
    /** Every far end mixed, i.e. what the agent hears, for the send thread's recording taps. */
    final short[] heard = new short[FRAME];
    private final FrameRing toMember = new FrameRing(RING_FRAMES, 3 * FRAME);
    private final FrameRing fromMember = new FrameRing(RING_FRAMES, FRAME);
    private final FrameClock playoutClock = new FrameClock();
    private volatile Thread reader;

    ConferenceLeg(RtpSession session, ConferenceBridge bridge) {
        this.session = session;
        this.bridge = bridge;
    }

    ConferenceBridge bridge() {
        return bridge;
    }

    // ---- the call's send thread ----------------------------------------------------------

    /**
     * Blocks until the bridge's next frame for this call, then copies what to send into
     * {@code frame} and the recording's two sides into {@link #agent} and {@link #heard}. When the
     * bridge lets go of this call or stalls, the frame is silence.
     */
    void read(short[] frame) {
        reader = Thread.currentThread();
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (toMember.empty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || session.leg != this || !session.running()) {
                Arrays.fill(frame, (short) 0);
                Arrays.fill(agent, (short) 0);
                Arrays.fill(heard, (short) 0);
                return;
            }
            LockSupport.parkNanos(this, left);
        }
        while (toMember.size() > MAX_SKEW_FRAMES) {
            toMember.release();
        }
        short[] slot = toMember.readSlot();
        System.arraycopy(slot, 0, frame, 0, FRAME);
        System.arraycopy(slot, FRAME, agent, 0, FRAME);
        System.arraycopy(slot, 2 * FRAME, heard, 0, FRAME);
        toMember.release();
    }

    // ---- the call's playout thread ----------------------------------------------------------

    /** Hands over one decoded far-end frame, in real time (this thread has no speaker to pace it). */
    void write(short[] frame) {
        playoutClock.awaitTick();
        fromMember.offer(frame); // full: the bridge stalled, and losing a frame is all that happens
    }

    // ---- the bridge thread ----------------------------------------------------------------

    /** The oldest far-end frame not yet mixed, or silence when none came. */
    void take(short[] into) {
        while (fromMember.size() > MAX_SKEW_FRAMES) {
            fromMember.release();
        }
        if (fromMember.empty()) {
            Arrays.fill(into, (short) 0);
            return;
        }
        System.arraycopy(fromMember.readSlot(), 0, into, 0, FRAME);
        fromMember.release();
    }

    /** The next frame for this call: what it sends, and the two sides its recording gets. */
    void offer(short[] send, short[] agentSide, short[] heardSide) {
        if (!toMember.full()) {
            short[] slot = toMember.writeSlot();
            System.arraycopy(send, 0, slot, 0, FRAME);
            System.arraycopy(agentSide, 0, slot, FRAME, FRAME);
            System.arraycopy(heardSide, 0, slot, 2 * FRAME, FRAME);
            toMember.commit();
        }
        wake();
    }

    /** Unparks the send thread, e.g. after the bridge let go of this call. */
    void wake() {
        Thread t = reader;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
