package io.agentbar.audio.pcm;

/**
 * A fixed-size first-in first-out queue of samples, confined to one thread. It absorbs the
 * mismatch between what one packet decodes to (10–120 ms) and the 20 ms a device frame needs.
 */
public final class SampleFifo {
    private final short[] ring;
    private int head;
    private int size;

    public SampleFifo(int capacity) {
        ring = new short[capacity];
    }

    public int size() {
        return size;
    }

    public int free() {
        return ring.length - size;
    }

    /** Appends up to {@code length} samples; what does not fit is dropped (the oldest stays). */
    public int write(short[] src, int offset, int length) {
        int n = Math.min(length, free());
        int tail = (head + size) % ring.length;
        int first = Math.min(n, ring.length - tail);
        System.arraycopy(src, offset, ring, tail, first);
        System.arraycopy(src, offset + first, ring, 0, n - first);
        size += n;
        return n;
    }

    /** Appends silence. */
    public void writeSilence(int length) {
        int n = Math.min(length, free());
        for (int i = 0; i < n; i++) {
            ring[(head + size + i) % ring.length] = 0;
        }
        size += n;
    }

    /** Takes up to {@code length} samples; returns how many were taken. */
    public int read(short[] dst, int offset, int length) {
        int n = Math.min(length, size);
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, dst, offset, first);
        System.arraycopy(ring, 0, dst, offset + first, n - first);
        head = (head + n) % ring.length;
        size -= n;
        return n;
    }

    public void clear() {
        head = 0;
        size = 0;
    }
}
