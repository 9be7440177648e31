package io.agentbar.audio.pcm;

/**
 * A bounded hand-off of fixed-length frames from exactly one producer thread to exactly one
 * consumer thread, without locks and without allocating after construction. The slots are
 * preallocated arrays that each side fills or reads in place:
 *
 * <pre>
 *  producer: if (!ring.full()) { fill(ring.writeSlot()); ring.commit(); }
 *  consumer: if (!ring.empty()) { use(ring.readSlot()); ring.release(); }
 * </pre>
 *
 * The two counters only grow; a volatile write of one publishes the slot contents before it
 * (the Java memory model's release/acquire on volatile fields).
 */
public final class FrameRing {
    private final short[][] slots;
    private volatile long written;
    private volatile long read;

    public FrameRing(int capacity, int frameLength) {
        if (capacity < 1 || frameLength < 1) {
            throw new IllegalArgumentException("capacity and frame length must be positive");
        }
        slots = new short[capacity][frameLength];
    }

    public int capacity() {
        return slots.length;
    }

    /** Frames committed and not yet released; exact on either side, a snapshot elsewhere. */
    public int size() {
        return (int) (written - read);
    }

    /** Frames committed since construction: lets a consumer tell which frames came before an event. */
    public long committed() {
        return written;
    }

    public boolean full() {
        return size() >= slots.length;
    }

    public boolean empty() {
        return written == read;
    }

    /** Producer: the slot to fill next. Only valid while not {@link #full()}. */
    public short[] writeSlot() {
        if (full()) {
            throw new IllegalStateException("ring is full");
        }
        return slots[(int) (written % slots.length)];
    }

    /** Producer: publishes the slot filled through {@link #writeSlot()}. */
    public void commit() {
        written = written + 1; // only the producer writes this field
    }

    /** Producer: copies a frame in, or returns false when the ring is full. */
    public boolean offer(short[] frame) {
        if (full()) {
            return false;
        }
        short[] slot = writeSlot();
        System.arraycopy(frame, 0, slot, 0, Math.min(frame.length, slot.length));
        commit();
        return true;
    }

    /** Consumer: the oldest committed frame. Only valid while not {@link #empty()}. */
    public short[] readSlot() {
        if (empty()) {
            throw new IllegalStateException("ring is empty");
        }
        return slots[(int) (read % slots.length)];
    }

    /** Consumer: frees the slot read through {@link #readSlot()} for the producer. */
    public void release() {
        read = read + 1; // only the consumer writes this field
    }
}
