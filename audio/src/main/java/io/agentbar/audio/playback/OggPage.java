package io.agentbar.audio.playback;

import io.agentbar.audio.recording.OggCrc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Reads whole, checksummed Ogg pages (RFC 3533) from a file at given positions. A page whose
 * checksum fails is skipped by searching for the next capture pattern; a page cut off by the end
 * of the file (a crash while it was written) ends the stream. One buffer, reused for every page.
 */
final class OggPage {
    static final int HEADER = 27;
    static final int MAX_PAGE = HEADER + 255 + 255 * 255;
    static final int CONTINUED = 0x01;
    static final int END_OF_STREAM = 0x04;

    private final FileChannel channel;
    private final byte[] bytes = new byte[MAX_PAGE];
    private final ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    private int length;
    private int corrupt;

    OggPage(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Loads the first good page at or after {@code position}.
     *
     * @return where that page starts, or -1 when the file has no further whole page
     */
    long load(long position) throws IOException {
        long at = position;
        while (true) {
            int status = tryLoad(at);
            if (status > 0) {
                return at;
            }
            if (status < 0) {
                return -1;
            }
            corrupt++;
            at = find(at + 1);
            if (at < 0) {
                return -1;
            }
        }
    }

    /** 1: loaded; 0: not a good page here; -1: the file ends inside it. */
    private int tryLoad(long at) throws IOException {
        if (read(at, 0, HEADER) < HEADER) {
            return -1;
        }
        if (!captured(0) || bytes[4] != 0) {
            return 0;
        }
        int segments = bytes[26] & 0xFF;
        if (read(at + HEADER, HEADER, segments) < segments) {
            return -1;
        }
        int body = 0;
        for (int i = 0; i < segments; i++) {
            body += bytes[HEADER + i] & 0xFF;
        }
        int total = HEADER + segments + body;
        if (read(at + HEADER + segments, HEADER + segments, body) < body) {
            return -1;
        }
        int stored = buffer.getInt(22);
        buffer.putInt(22, 0);
        int computed = OggCrc.checksum(bytes, 0, total);
        buffer.putInt(22, stored);
        if (computed != stored) {
            return 0;
        }
        length = total;
        return 1;
    }

    /** The next position of "OggS" at or after {@code from}, or -1. */
    private long find(long from) throws IOException {
        byte[] window = new byte[64 * 1024];
        for (long at = from; ; at += window.length - 3) {
            int n = readInto(window, at);
            for (int i = 0; i + 3 < n; i++) {
                if (window[i] == 'O' && window[i + 1] == 'g' && window[i + 2] == 'g' && window[i + 3] == 'S') {
                    return at + i;
                }
            }
            if (n < window.length) {
                return -1;
            }
        }
    }

    private boolean captured(int i) {
        return bytes[i] == 'O' && bytes[i + 1] == 'g' && bytes[i + 2] == 'g' && bytes[i + 3] == 'S';
    }

    private int read(long at, int offset, int count) throws IOException {
        buffer.clear().position(offset).limit(offset + count);
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private int readInto(byte[] window, long at) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(window);
        int total = 0;
        while (b.hasRemaining()) {
            int n = channel.read(b, at + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    int length() {
        return length;
    }

    int type() {
        return bytes[5] & 0xFF;
    }

    long granule() {
        return buffer.getLong(6);
    }

    int serial() {
        return buffer.getInt(14);
    }

    int segments() {
        return bytes[26] & 0xFF;
    }

    int lacing(int segment) {
        return bytes[HEADER + segment] & 0xFF;
    }

    int bodyOffset() {
        return HEADER + segments();
    }

    byte[] bytes() {
        return bytes;
    }

    /** Pages skipped so far because their checksum failed or they were not pages at all. */
    int corrupt() {
        return corrupt;
    }
}
