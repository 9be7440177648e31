package io.agentbar.audio.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Frames packets of one logical Ogg bitstream into pages (RFC 3533) and appends each page to a
 * file as soon as it is complete, so the file on disk always ends on a whole page.
 *
 * <pre>
 *  page: "OggS" │ version 0 │ type (1 continued, 2 BOS, 4 EOS) │ granule i64 │ serial i32 │
 *        sequence i32 │ CRC i32 │ segment count │ lacing values │ packet bytes      (little-endian)
 * </pre>
 *
 * A packet is laced as 255-byte segments and one shorter (possibly empty) last segment. Packets
 * are never split across pages here: callers {@link #flush} before a packet would not fit.
 * Buffers are allocated once; confined to one thread.
 */
final class OggPageWriter {
    static final int HEADER_LENGTH = 27;
    private static final int MAX_SEGMENTS = 255;
    private static final int MAX_BODY = MAX_SEGMENTS * 255;
    private static final int BOS = 0x02;
    private static final int EOS = 0x04;

    private final FileChannel channel;
    private final int serial;
    private final byte[] lacing = new byte[MAX_SEGMENTS];
    private final byte[] body = new byte[MAX_BODY];
    private final byte[] page = new byte[HEADER_LENGTH + MAX_SEGMENTS + MAX_BODY];
    private final ByteBuffer pageBuffer = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
    private int segments;
    private int bodyLength;
    private int packets;
    private long granule;
    private int sequence;
    private long position;
    private long lastPagePosition = -1;
    private int lastPageLength;

    OggPageWriter(FileChannel channel, int serial) {
        this.channel = channel;
        this.serial = serial;
    }

    /** Whether a packet of {@code length} bytes still fits into the page being built. */
    boolean fits(int length) {
        return segments + length / 255 + 1 <= MAX_SEGMENTS && bodyLength + length <= MAX_BODY;
    }

    /** Adds a whole packet to the page being built; {@code granuleAfter} is the stream position once it is decoded. */
    void add(byte[] packet, int offset, int length, long granuleAfter) {
        if (!fits(length)) {
            throw new IllegalStateException("packet does not fit into the page; flush first");
        }
        for (int left = length; ; left -= 255) {
            lacing[segments++] = (byte) Math.min(left, 255);
            if (left < 255) {
                break;
            }
        }
        System.arraycopy(packet, offset, body, bodyLength, length);
        bodyLength += length;
        packets++;
        granule = granuleAfter;
    }

    int pendingPackets() {
        return packets;
    }

    /** Writes the page being built (if any) and returns its position in the file, or -1 when there was none. */
    long flush(boolean endOfStream) throws IOException {
        if (packets == 0) {
            return -1;
        }
        int type = (sequence == 0 ? BOS : 0) | (endOfStream ? EOS : 0);
        int length = build(type, granule, sequence, lacing, segments, body, bodyLength);
        long at = position;
        write(at, length);
        position += length;
        lastPagePosition = at;
        lastPageLength = length;
        sequence++;
        segments = 0;
        bodyLength = 0;
        packets = 0;
        return at;
    }

    /**
     * Ends the stream: the pending packets go out on an EOS page; when nothing is pending, the
     * last page written is marked EOS in place (an empty EOS page would carry no granule).
     */
    void finish() throws IOException {
        if (packets > 0) {
            flush(true);
        } else if (lastPagePosition >= 0) {
            pageBuffer.clear().limit(lastPageLength);
            channel.read(pageBuffer, lastPagePosition);
            page[5] |= EOS;
            pageBuffer.putInt(22, 0);
            pageBuffer.putInt(22, OggCrc.checksum(page, 0, lastPageLength));
            write(lastPagePosition, lastPageLength);
        }
    }

    /**
     * Replaces a page written earlier by one holding {@code packet} alone. The new page must be
     * exactly as long as the old, which callers ensure by keeping the packet's length.
     */
    void rewrite(long at, int pageSequence, byte[] packet) throws IOException {
        byte[] laced = new byte[packet.length / 255 + 1];
        int n = 0;
        for (int left = packet.length; ; left -= 255) {
            laced[n++] = (byte) Math.min(left, 255);
            if (left < 255) {
                break;
            }
        }
        int length = build(pageSequence == 0 ? BOS : 0, 0, pageSequence, laced, n, packet, packet.length);
        write(at, length);
    }

    private int build(int type, long granulePosition, int pageSequence, byte[] lacingValues, int segmentCount,
                      byte[] data, int dataLength) {
        pageBuffer.clear();
        pageBuffer.put((byte) 'O').put((byte) 'g').put((byte) 'g').put((byte) 'S');
        pageBuffer.put((byte) 0).put((byte) type).putLong(granulePosition).putInt(serial).putInt(pageSequence);
        pageBuffer.putInt(0).put((byte) segmentCount).put(lacingValues, 0, segmentCount).put(data, 0, dataLength);
        int length = pageBuffer.position();
        pageBuffer.putInt(22, OggCrc.checksum(page, 0, length));
        return length;
    }

    private void write(long at, int length) throws IOException {
        pageBuffer.clear().limit(length);
        for (long p = at; pageBuffer.hasRemaining(); ) {
            p += channel.write(pageBuffer, p);
        }
    }
}
