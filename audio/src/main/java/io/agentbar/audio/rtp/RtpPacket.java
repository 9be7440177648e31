package io.agentbar.audio.rtp;

/**
 * A reusable, mutable view of one received RTP packet: {@link #parse} validates the header
 * (RFC 3550 §5.1) and records where the payload lies in the caller's buffer. Garbage is
 * reported by the return value, never by an exception, and nothing is allocated.
 */
public final class RtpPacket {
    public static final int HEADER_LENGTH = 12;

    private byte[] buffer = new byte[0];
    private boolean marker;
    private int payloadType;
    private int sequenceNumber;
    private long timestamp;
    private long ssrc;
    private int payloadOffset;
    private int payloadLength;

    /**
     * Parses {@code length} bytes at {@code offset}.
     *
     * @return false for anything that is not a well-formed RTP version 2 packet with a payload
     */
    public boolean parse(byte[] data, int offset, int length) {
        if (length < HEADER_LENGTH || offset < 0 || offset + length > data.length) {
            return false;
        }
        int b0 = data[offset] & 0xFF;
        int b1 = data[offset + 1] & 0xFF;
        if ((b0 >> 6) != 2 || isRtcp(b1)) {
            return false;
        }
        int csrcCount = b0 & 0x0F;
        int position = HEADER_LENGTH + 4 * csrcCount;
        if ((b0 & 0x10) != 0) {
            if (position + 4 > length) {
                return false;
            }
            int words = ((data[offset + position + 2] & 0xFF) << 8) | (data[offset + position + 3] & 0xFF);
            position += 4 + 4 * words;
        }
        int end = length;
        if ((b0 & 0x20) != 0) {
            int padding = data[offset + length - 1] & 0xFF;
            if (padding == 0 || padding > length - position) {
                return false;
            }
            end -= padding;
        }
        if (position > end) {
            return false;
        }
        this.buffer = data;
        this.marker = (b1 & 0x80) != 0;
        this.payloadType = b1 & 0x7F;
        this.sequenceNumber = readShort(data, offset + 2);
        this.timestamp = readInt(data, offset + 4);
        this.ssrc = readInt(data, offset + 8);
        this.payloadOffset = offset + position;
        this.payloadLength = end - position;
        return true;
    }

    /**
     * Whether the second byte of a packet marks RTCP (payload types 64–95 with the marker bit:
     * 192–223), the RFC 5761 rule for telling RTP and RTCP apart on a muxed port.
     */
    public static boolean isRtcp(int secondByte) {
        return secondByte >= 192 && secondByte <= 223;
    }

    public byte[] buffer() {
        return buffer;
    }

    public boolean marker() {
        return marker;
    }

    public int payloadType() {
        return payloadType;
    }

    /** 0..65535. */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** Unsigned 32-bit. */
    public long timestamp() {
        return timestamp;
    }

    /** Unsigned 32-bit. */
    public long ssrc() {
        return ssrc;
    }

    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }

    static int readShort(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static long readInt(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static void writeShort(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    static void writeInt(byte[] b, int i, long v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
