package io.agentbar.audio.wav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams 16-bit PCM into a WAV file. Samples collect in a preallocated buffer; each
 * {@link #flush()} writes them and rewrites the RIFF and data sizes, so the file on disk is a
 * valid WAV after every flush, and a crash loses at most what came since the last one.
 * Not thread-safe.
 */
public final class WavWriter implements AutoCloseable {
    private static final int HEADER_LENGTH = 44;

    private final FileChannel channel;
    private final ByteBuffer pending;
    private final ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    private final int sampleRate;
    private final int channels;
    private long dataBytes;
    private boolean closed;

    /**
     * @param bufferSamples samples held in memory between flushes (a full buffer flushes itself)
     */
    public WavWriter(Path file, int sampleRate, int channels, int bufferSamples) throws IOException {
        this(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), sampleRate, channels, bufferSamples, 0);
    }

    private WavWriter(FileChannel channel, int sampleRate, int channels, int bufferSamples, long dataBytes)
            throws IOException {
        this.channel = channel;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.pending = ByteBuffer.allocate(bufferSamples * 2).order(ByteOrder.LITTLE_ENDIAN);
        this.dataBytes = dataBytes;
        writeHeader();
    }

    /**
     * Continues a file this class wrote with the same format: new samples go after the ones it holds
     * (as many whole sample frames as are on disk, whatever its header says after a crash). A missing
     * or empty file is started afresh.
     *
     * @throws IOException when the file is not such a WAV, e.g. another rate or channel count
     */
    public static WavWriter append(Path file, int sampleRate, int channels, int bufferSamples) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long size = channel.size();
            if (size == 0) {
                return new WavWriter(channel, sampleRate, channels, bufferSamples, 0);
            }
            ByteBuffer existing = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            while (existing.hasRemaining() && channel.read(existing, existing.position()) > 0) {
                // a header shorter than ours is caught below
            }
            if (existing.hasRemaining() || existing.getInt(0) != WavReader.fourCc("RIFF")
                    || existing.getInt(12) != WavReader.fourCc("fmt ") || existing.getShort(22) != channels
                    || existing.getInt(24) != sampleRate || existing.getInt(36) != WavReader.fourCc("data")) {
                throw new IOException(file + " is not a " + sampleRate + " Hz, " + channels
                        + "-channel WAV to append to");
            }
            int blockAlign = 2 * channels;
            long data = (size - HEADER_LENGTH) / blockAlign * blockAlign;
            return new WavWriter(channel, sampleRate, channels, bufferSamples, data);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Appends samples (interleaved when stereo). */
    public void write(short[] samples, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            if (!pending.hasRemaining()) {
                flush();
            }
            pending.putShort(samples[offset + i]);
        }
    }

    /** Writes what is buffered and fixes the header up. */
    public void flush() throws IOException {
        if (closed) {
            return;
        }
        pending.flip();
        long position = HEADER_LENGTH + dataBytes;
        while (pending.hasRemaining()) {
            position += channel.write(pending, position);
        }
        dataBytes = position - HEADER_LENGTH;
        pending.clear();
        writeHeader();
    }

    public long dataBytes() {
        return dataBytes;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            channel.close();
        }
    }

    private void writeHeader() throws IOException {
        int blockAlign = 2 * channels;
        long data = Math.min(dataBytes, 0xFFFFFFFFL - 36);
        header.clear();
        header.putInt(WavReader.fourCc("RIFF")).putInt((int) (36 + data)).putInt(WavReader.fourCc("WAVE"));
        header.putInt(WavReader.fourCc("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels);
        header.putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) 16);
        header.putInt(WavReader.fourCc("data")).putInt((int) data);
        header.flip();
        long position = 0;
        while (header.hasRemaining()) {
            position += channel.write(header, position);
        }
    }

    /** Writes a whole signal at once. */
    public static void write(Path file, PcmAudio audio) throws IOException {
        try (WavWriter w = new WavWriter(file, audio.sampleRate(), audio.channels(), 8192)) {
            short[] s = audio.samples();
            w.write(s, 0, s.length);
        }
    }
}
