package io.agentbar.audio.playback;

import io.agentbar.audio.pcm.PcmFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A 16-bit PCM WAV file at 48 kHz, mono or stereo (stereo mixed like {@link OggOpusSource}),
 * streamed from disk: an hour of stereo WAV is 700 MB, too much to load. A file whose sizes
 * lag behind its data (a crash between two header updates) plays everything it holds.
 */
final class WavSource implements PcmSource {
    private static final int HEADER_SEARCH = 64 * 1024;

    private final FileChannel channel;
    private final int channels;
    private final long end;
    private final ByteBuffer bytes;
    private long position;

    WavSource(FileChannel channel) throws IOException {
        this.channel = channel;
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(HEADER_SEARCH, channel.size())).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(head, 0);
        head.flip();
        if (head.limit() < 12 || head.getInt(8) != fourCc("WAVE")) {
            throw new IOException("not a RIFF/WAVE file");
        }
        int found = 0;
        long dataAt = -1;
        long dataSize = 0;
        for (int at = 12; at + 8 <= head.limit(); ) {
            int id = head.getInt(at);
            long size = head.getInt(at + 4) & 0xFFFFFFFFL;
            if (id == fourCc("fmt ") && at + 24 <= head.limit()) {
                int format = head.getShort(at + 8) & 0xFFFF;
                found = head.getShort(at + 10) & 0xFFFF;
                int rate = head.getInt(at + 12);
                int bits = head.getShort(at + 22) & 0xFFFF;
                if ((format != 1 && format != 0xFFFE) || bits != 16 || rate != PcmFormat.SAMPLE_RATE
                        || (found != 1 && found != 2)) {
                    throw new IOException("only 16-bit 48 kHz mono or stereo PCM WAV plays here (format " + format
                            + ", " + bits + " bits, " + rate + " Hz, " + found + " channels)");
                }
            } else if (id == fourCc("data")) {
                dataAt = at + 8;
                dataSize = size;
                break;
            }
            at = (int) Math.min(Integer.MAX_VALUE, at + 8 + size + (size & 1));
        }
        if (found == 0 || dataAt < 0) {
            throw new IOException("WAV file without fmt or data chunk");
        }
        channels = found;
        long available = channel.size() - dataAt;
        long length = dataSize == 0 || dataSize > available ? available : dataSize;
        position = dataAt;
        end = dataAt + length - length % (2L * channels);
        bytes = ByteBuffer.allocate(PcmFormat.FRAME_SAMPLES * 2 * channels).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int fourCc(String s) {
        return s.charAt(0) | s.charAt(1) << 8 | s.charAt(2) << 16 | s.charAt(3) << 24;
    }

    /** Samples per channel still to play. */
    long remaining() {
        return (end - position) / (2L * channels);
    }

    @Override
    public int read(short[] frame) throws IOException {
        int want = (int) Math.min((long) frame.length * 2 * channels, end - position);
        bytes.clear().limit(want);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, position + bytes.position()) < 0) {
                break;
            }
        }
        int got = bytes.position();
        position += got;
        int samples = got / (2 * channels);
        for (int i = 0; i < samples; i++) {
            frame[i] = channels == 1 ? bytes.getShort(2 * i)
                    : PcmFormat.clamp(bytes.getShort(4 * i) + bytes.getShort(4 * i + 2));
        }
        return samples;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
