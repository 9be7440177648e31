package io.agentbar.app.it.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 16-bit PCM WAV files, written and parsed by hand (RIFF chunks), so the tests do not depend on javax.sound, which
 * has no devices and partial format support on CI.
 *
 * <p>The reader accepts what baresip's sndfile module and sox write: PCM or WAVE_FORMAT_EXTENSIBLE/PCM, 16 bit, mono
 * or stereo, 8..48 kHz, with extra chunks (LIST, fact, ...) anywhere. A data chunk whose size is 0 or too large (a
 * file still being recorded: libsndfile fixes the sizes only when it closes the file) is read up to the end of the
 * file.
 */
public final class Wav {

    public static final int MIN_RATE = 8000;
    public static final int MAX_RATE = 48000;
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final int HEADER_BYTES = 44;

    private Wav() {
    }

    /** Sample rate and channel count of a WAV file. */
    public record Format(int sampleRate, int channels) {
    }

    /** Writes {@code mono} (floats in [-1, 1], clipped) as 16-bit PCM, the same samples in each of {@code channels}. */
    public static void write(Path file, float[] mono, int sampleRate, int channels) {
        requireChannels(channels);
        short[] interleaved = new short[mono.length * channels];
        for (int n = 0; n < mono.length; n++) {
            short sample = toPcm16(mono[n]);
            for (int c = 0; c < channels; c++) {
                interleaved[n * channels + c] = sample;
            }
        }
        writePcm16(file, interleaved, sampleRate, channels);
    }

    /** Writes interleaved 16-bit samples with a canonical 44-byte header. */
    public static void writePcm16(Path file, short[] interleaved, int sampleRate, int channels) {
        requireChannels(channels);
        if (sampleRate <= 0 || interleaved.length % channels != 0) {
            throw new IllegalArgumentException("bad rate or sample count for " + channels + " channels");
        }
        int dataBytes = interleaved.length * 2;
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(16)
                .putShort((short) FORMAT_PCM)
                .putShort((short) channels)
                .putInt(sampleRate)
                .putInt(sampleRate * channels * 2)
                .putShort((short) (channels * 2))
                .putShort((short) 16);
        out.put(ascii("data")).putInt(dataBytes);
        for (short sample : interleaved) {
            out.putShort(sample);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, out.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a 16-bit PCM WAV and mixes its channels down to mono. */
    public static MonoSignal read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The format of a WAV file without decoding its samples. */
    public static Format readFormat(Path file) {
        try {
            Chunks chunks = Chunks.of(Files.readAllBytes(file));
            return new Format(chunks.sampleRate, chunks.channels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses WAV bytes (see {@link #read(Path)}). */
    public static MonoSignal parse(byte[] bytes) {
        Chunks chunks = Chunks.of(bytes);
        ByteBuffer data = ByteBuffer.wrap(bytes, chunks.dataOffset, chunks.dataLength).order(ByteOrder.LITTLE_ENDIAN);
        int frames = chunks.dataLength / (2 * chunks.channels);
        float[] mono = new float[frames];
        for (int n = 0; n < frames; n++) {
            int sum = 0;
            for (int c = 0; c < chunks.channels; c++) {
                sum += data.getShort();
            }
            mono[n] = sum / (32768f * chunks.channels);
        }
        return new MonoSignal(mono, chunks.sampleRate);
    }

    static short toPcm16(float sample) {
        float clipped = Math.max(-1f, Math.min(1f, sample));
        return (short) Math.round(clipped * 32767f);
    }

    private static void requireChannels(int channels) {
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("only mono or stereo: " + channels);
        }
    }

    private static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    /** Where the fmt and data chunks are, found by walking the RIFF chunk list. */
    private static final class Chunks {
        int sampleRate;
        int channels;
        int dataOffset = -1;
        int dataLength;

        static Chunks of(byte[] bytes) {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.length < 12 || !id(in, 0).equals("RIFF") || !id(in, 8).equals("WAVE")) {
                throw new IllegalArgumentException("not a RIFF/WAVE file");
            }
            Chunks chunks = new Chunks();
            boolean haveFormat = false;
            int position = 12;
            while (position + 8 <= bytes.length) {
                String id = id(in, position);
                long size = Integer.toUnsignedLong(in.getInt(position + 4));
                int body = position + 8;
                if (id.equals("fmt ")) {
                    chunks.readFormat(in, body, size);
                    haveFormat = true;
                } else if (id.equals("data")) {
                    if (!haveFormat) {
                        throw new IllegalArgumentException("data chunk before fmt chunk");
                    }
                    long available = bytes.length - body;
                    long length = size == 0 || size > available ? available : size;
                    int frameBytes = 2 * chunks.channels;
                    chunks.dataOffset = body;
                    chunks.dataLength = (int) (length - length % frameBytes);
                    return chunks;
                }
                // chunks are padded to an even size
                long next = body + size + (size & 1);
                if (next > bytes.length) {
                    break;
                }
                position = (int) next;
            }
            if (!haveFormat) {
                throw new IllegalArgumentException("no fmt chunk");
            }
            throw new IllegalArgumentException("no data chunk");
        }

        private void readFormat(ByteBuffer in, int body, long size) {
            if (size < 16) {
                throw new IllegalArgumentException("fmt chunk too short: " + size);
            }
            int format = Short.toUnsignedInt(in.getShort(body));
            channels = Short.toUnsignedInt(in.getShort(body + 2));
            sampleRate = in.getInt(body + 4);
            int bits = Short.toUnsignedInt(in.getShort(body + 14));
            if (format == FORMAT_EXTENSIBLE && size >= 40) {
                // the sub-format GUID starts with the plain format tag
                format = Short.toUnsignedInt(in.getShort(body + 24));
            }
            if (format != FORMAT_PCM) {
                throw new IllegalArgumentException("not PCM (format tag " + format + ")");
            }
            if (bits != 16) {
                throw new IllegalArgumentException("only 16-bit samples, not " + bits);
            }
            if (channels != 1 && channels != 2) {
                throw new IllegalArgumentException("only mono or stereo, not " + channels + " channels");
            }
            if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
                throw new IllegalArgumentException("sample rate " + sampleRate + " outside " + MIN_RATE + ".." + MAX_RATE);
            }
        }

        private static String id(ByteBuffer in, int position) {
            byte[] id = new byte[4];
            in.get(position, id);
            return new String(id, StandardCharsets.US_ASCII);
        }
    }
}
