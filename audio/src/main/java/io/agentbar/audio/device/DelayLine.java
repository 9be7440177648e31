package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

import java.util.Arrays;

/**
 * A preallocated frame queue between two device clocks that holds back {@code delayFrames}
 * before it releases anything, and again after it ran dry. The hand-off lock is the only one.
 */
final class DelayLine {
    private final short[][] frames;
    private final int delayFrames;
    private int head;
    private int size;
    private boolean primed;

    DelayLine(int delayFrames) {
        this.delayFrames = delayFrames;
        this.frames = new short[delayFrames + 10][PcmFormat.FRAME_SAMPLES];
    }

    synchronized void put(short[] frame) {
        if (size == frames.length) {
            head = (head + 1) % frames.length; // the reader stalled: drop the oldest
            size--;
        }
        System.arraycopy(frame, 0, frames[(head + size) % frames.length], 0, PcmFormat.FRAME_SAMPLES);
        size++;
    }

    synchronized void take(short[] frame) {
        if (!primed && size > delayFrames) {
            primed = true;
        }
        if (!primed || size == 0) {
            primed = false;
            Arrays.fill(frame, (short) 0);
            return;
        }
        System.arraycopy(frames[head], 0, frame, 0, PcmFormat.FRAME_SAMPLES);
        head = (head + 1) % frames.length;
        size--;
    }
}
