package io.agentbar.sip.media.srtp;

import org.jitsi.utils.ByteArrayBuffer;

/**
 * jitsi-srtp's view of a caller's packet array: the packet starts at index 0 and may grow into the
 * array's spare capacity, never beyond it. One instance per direction is re-pointed at each packet,
 * so nothing is allocated per packet.
 */
final class PacketBuffer implements ByteArrayBuffer {
    private static final byte[] EMPTY = new byte[0];

    private byte[] buffer = EMPTY;
    private int offset;
    private int length;

    PacketBuffer wrap(byte[] packet, int packetLength) {
        buffer = packet;
        offset = 0;
        length = packetLength;
        return this;
    }

    /** Moves the packet back to index 0 if jitsi-srtp moved it, and returns its length. */
    int settle() {
        if (offset != 0) {
            System.arraycopy(buffer, offset, buffer, 0, length);
            offset = 0;
        }
        return length;
    }

    /** Drops the reference to the caller's array once the packet is done. */
    void release() {
        buffer = EMPTY;
    }

    @Override
    public byte[] getBuffer() {
        return buffer;
    }

    @Override
    public int getOffset() {
        return offset;
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public void setLength(int newLength) {
        if (newLength < 0 || offset + newLength > buffer.length) {
            throw new IllegalArgumentException("length " + newLength + " outside the packet array");
        }
        length = newLength;
    }

    @Override
    public void setOffset(int newOffset) {
        if (newOffset < 0 || newOffset + length > buffer.length) {
            throw new IllegalArgumentException("offset " + newOffset + " outside the packet array");
        }
        offset = newOffset;
    }

    @Override
    public boolean isInvalid() {
        return false;
    }

    @Override
    public void readRegionToBuff(int from, int count, byte[] destination) {
        System.arraycopy(buffer, offset + from, destination, 0, count);
    }

    @Override
    public void grow(int howMuch) {
        // the session checked the spare capacity before handing the packet over
        if (offset + length + howMuch > buffer.length) {
            throw new IllegalStateException("no spare capacity for " + howMuch + " more bytes");
        }
    }

    @Override
    public void append(byte[] data, int count) {
        grow(count);
        System.arraycopy(data, 0, buffer, offset + length, count);
        length += count;
    }

    @Override
    public void shrink(int howMuch) {
        if (howMuch < 0 || howMuch > length) {
            throw new IllegalArgumentException("cannot shrink " + length + " bytes by " + howMuch);
        }
        length -= howMuch;
    }
}
