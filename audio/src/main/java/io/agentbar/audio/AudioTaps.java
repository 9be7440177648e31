package io.agentbar.audio;

import io.agentbar.audio.pcm.FrameRing;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.media.AudioTap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * Pairs the two sides of a call for its {@link AudioTap}s. The speaker and the microphone run
 * on separate threads and clocks, so the playout thread only drops each played frame into a
 * lock-free ring, and the send thread, once per captured frame, takes the oldest played frame
 * (or silence when none is there yet) and hands both to the taps.
 *
 * <p>The clocks drift and devices deliver in bursts, so the ring may hold a few frames; beyond
 * {@link #MAX_SKEW_FRAMES} the oldest are skipped, which bounds the offset between the two
 * channels of a recording to about 100 ms. Nothing here allocates or locks per frame: the taps
 * live in a copy-on-write array that only {@link #add}/{@link #remove} replace.
 */
final class AudioTaps {
    private static final Logger LOG = LoggerFactory.getLogger(AudioTaps.class);
    private static final int RING_FRAMES = 16;
    private static final int MAX_SKEW_FRAMES = 5;
    private static final AudioTap[] NONE = {};

    private final String callId;
    private final FrameRing played = new FrameRing(RING_FRAMES, PcmFormat.FRAME_SAMPLES);
    private final short[] silence = new short[PcmFormat.FRAME_SAMPLES];
    private volatile AudioTap[] taps = NONE;

    AudioTaps(String callId) {
        this.callId = callId;
    }

    synchronized void add(AudioTap tap) {
        if (!Arrays.asList(taps).contains(tap)) {
            AudioTap[] more = Arrays.copyOf(taps, taps.length + 1);
            more[taps.length] = tap;
            taps = more;
        }
    }

    synchronized void remove(AudioTap tap) {
        taps = Arrays.stream(taps).filter(t -> t != tap).toArray(AudioTap[]::new);
    }

    boolean active() {
        return taps.length > 0;
    }

    /** Playout thread: the frame about to be played (before the speaker mute: the recording keeps the customer). */
    void played(short[] frame) {
        if (taps.length > 0) {
            played.offer(frame); // full means the send thread is stalled: losing a played frame is all that happens
        }
    }

    /** Send thread: the frame the microphone gave (after the mute), paired with the oldest played one. */
    void captured(short[] agent) {
        AudioTap[] current = taps;
        while (played.size() > (current.length == 0 ? 0 : MAX_SKEW_FRAMES)) {
            played.release();
        }
        if (current.length == 0) {
            return;
        }
        boolean fromRing = !played.empty();
        deliver(current, agent, fromRing ? played.readSlot() : silence);
        if (fromRing) {
            played.release();
        }
    }

    /**
     * Send thread, in a conference: both sides come paired from the bridge already. While this is
     * used, nothing is {@link #played}, so the ring only holds what came before the conference.
     */
    void mixed(short[] agent, short[] heard) {
        deliver(taps, agent, heard);
    }

    private void deliver(AudioTap[] current, short[] agent, short[] customer) {
        for (AudioTap tap : current) {
            try {
                tap.frame(agent, customer);
            } catch (RuntimeException e) {
                // a broken tap must not break the call's audio; it is dropped and said once
                LOG.warn("audio tap of call {} failed and was removed", callId, e);
                remove(tap);
            }
        }
    }
}
