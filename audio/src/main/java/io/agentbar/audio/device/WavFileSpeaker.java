package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.wav.WavWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One speaker that records to a 48 kHz mono 16-bit WAV file, shared by every stream that plays
 * on it, as a sound card's speaker is: each call, and a conference's mix, opens its own
 * {@link #line line}, and the lines that are open at the same time are summed (saturating) into
 * one timeline. Opening a line never truncates what earlier lines left: the first line the
 * speaker ever opens starts the file afresh, later ones continue it. While no line is open the
 * file does not grow (no hours of silence between calls).
 *
 * <pre>
 *  line A (own FrameClock) ─┐
 *  line B (own FrameClock) ─┼─► window [committed … committed+16 frames) ─► WavWriter (flushed each second)
 *  conference mix line ─────┘
 * </pre>
 *
 * Each line writes at its own cursor on the shared timeline; a frame is committed to the file once
 * every open line has passed it. A line joins at the end of what has been played so far; a line
 * that falls a whole window behind has its late frames moved up to the oldest uncommitted one.
 * The window and the output frame are preallocated: nothing allocates per frame. The monitor
 * covers disk writes, which a file device does on its audio threads anyway.
 */
public final class WavFileSpeaker {
    private static final int FRAME = PcmFormat.FRAME_SAMPLES;
    private static final int WINDOW_FRAMES = 16;
    private static final int FLUSH_FRAMES = 1000 / PcmFormat.FRAME_MILLIS;

    private final Path file;
    private final int[][] window = new int[WINDOW_FRAMES][FRAME];
    private final short[] out = new short[FRAME];
    private final List<Line> open = new ArrayList<>();
    private WavWriter writer;
    private boolean started;
    /** The timeline index of the next frame to go to the file. */
    private long committed;
    /** One past the furthest frame any line has played. */
    private long played;
    private int sinceFlush;

    public WavFileSpeaker(Path file) {
        this.file = file;
    }

    /** A fresh, unopened stream onto this speaker, e.g. one call's playback. */
    public PlaybackDevice line(String name) {
        return new Line(name);
    }

    private synchronized void open(Line line) throws AudioDeviceException {
        if (open.contains(line)) {
            return;
        }
        if (writer == null) {
            try {
                writer = started ? WavWriter.append(file, PcmFormat.SAMPLE_RATE, 1, FLUSH_FRAMES * FRAME)
                        : new WavWriter(file, PcmFormat.SAMPLE_RATE, 1, FLUSH_FRAMES * FRAME);
            } catch (IOException e) {
                throw new AudioDeviceException("cannot open " + file + ": " + e.getMessage(), e);
            }
            started = true;
        }
        line.cursor = played; // the other lines' "now": they all run in real time
        open.add(line);
    }

    private synchronized void play(Line line, short[] frame) throws AudioDeviceException {
        if (!open.contains(line)) {
            throw new AudioDeviceException(line.name() + " is not open");
        }
        long at = Math.max(line.cursor, committed); // fell behind by a whole window: play as late as still possible
        if (at >= committed + WINDOW_FRAMES) {
            commit(at - WINDOW_FRAMES + 1); // another line stalled: do not wait for it any longer
        }
        int[] slot = window[(int) (at % WINDOW_FRAMES)];
        for (int s = 0; s < FRAME; s++) {
            slot[s] += frame[s];
        }
        line.cursor = at + 1;
        played = Math.max(played, line.cursor);
        commit(slowest());
    }

    private synchronized void close(Line line) {
        if (!open.remove(line) || writer == null) {
            return;
        }
        try {
            commit(open.isEmpty() ? played : slowest());
            if (open.isEmpty()) {
                writer.close();
            }
        } catch (IOException e) {
            // the file keeps what was flushed; a close has no one to report to
        } finally {
            if (open.isEmpty()) {
                writer = null;
            }
        }
    }

    private long slowest() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < open.size(); i++) { // indexed: no iterator per frame
            min = Math.min(min, open.get(i).cursor);
        }
        return min;
    }

    /** Writes every frame before {@code until} to the file and clears its slot for reuse. */
    private void commit(long until) throws AudioDeviceException {
        try {
            for (; committed < until; committed++) {
                int[] slot = window[(int) (committed % WINDOW_FRAMES)];
                for (int s = 0; s < FRAME; s++) {
                    out[s] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, slot[s]));
                    slot[s] = 0;
                }
                writer.write(out, 0, FRAME);
                if (++sinceFlush >= FLUSH_FRAMES) {
                    sinceFlush = 0;
                    writer.flush(); // the file stays a readable WAV if the process dies
                }
            }
        } catch (IOException e) {
            throw new AudioDeviceException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One stream: paced by its own real-time clock, mixed by the speaker. */
    private final class Line implements PlaybackDevice {
        private final String name;
        private final FrameClock clock = new FrameClock();
        /** Where on the speaker's timeline this line's next frame goes; guarded by the speaker. */
        private long cursor;

        Line(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return "recording " + file.getFileName() + " (" + name + ")";
        }

        @Override
        public void open() throws AudioDeviceException {
            clock.reset();
            WavFileSpeaker.this.open(this);
        }

        @Override
        public void write(short[] frame) throws AudioDeviceException {
            clock.awaitTick();
            play(this, frame);
        }

        @Override
        public void close() {
            WavFileSpeaker.this.close(this);
        }
    }
}
