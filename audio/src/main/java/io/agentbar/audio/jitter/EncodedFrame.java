package io.agentbar.audio.jitter;

/** A reusable holder the jitter buffer copies one packet's payload into. */
public final class EncodedFrame {
    private final byte[] data;
    private int length;
    private int sequenceNumber;
    private long timestamp;
    private boolean marker;

    public EncodedFrame(int capacity) {
        data = new byte[capacity];
    }

    void set(byte[] src, int offset, int len, int seq, long ts, boolean mark) {
        System.arraycopy(src, offset, data, 0, len);
        length = len;
        sequenceNumber = seq;
        timestamp = ts;
        marker = mark;
    }

    public byte[] data() {
        return data;
    }

    public int length() {
        return length;
    }

    /** 0..65535. */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    public long timestamp() {
        return timestamp;
    }

    public boolean marker() {
        return marker;
    }
}
