package io.agentbar.audio.wav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole 16-bit PCM WAV file. */
public final class WavReader {
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavReader() {
    }

    public static PcmAudio read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** Parses the bytes of a WAV file; {@code name} is for messages. */
    public static PcmAudio parse(byte[] bytes, String name) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || in.getInt(0) != fourCc("RIFF") || in.getInt(8) != fourCc("WAVE")) {
            throw new IOException(name + " is not a RIFF/WAVE file");
        }
        int channels = 0;
        int rate = 0;
        int position = 12;
        while (position + 8 <= bytes.length) {
            int id = in.getInt(position);
            long size = in.getInt(position + 4) & 0xFFFFFFFFL;
            int body = position + 8;
            if (id == fourCc("fmt ")) {
                if (size < 16 || body + 16 > bytes.length) {
                    throw new IOException(name + ": truncated fmt chunk");
                }
                int format = in.getShort(body) & 0xFFFF;
                channels = in.getShort(body + 2) & 0xFFFF;
                rate = in.getInt(body + 4);
                int bits = in.getShort(body + 14) & 0xFFFF;
                if (format == FORMAT_EXTENSIBLE && size >= 26 && body + 26 <= bytes.length) {
                    format = in.getShort(body + 24) & 0xFFFF; // first two bytes of the sub-format GUID
                }
                if (format != FORMAT_PCM || bits != 16 || channels < 1 || rate <= 0) {
                    throw new IOException(name + ": only 16-bit PCM is supported (format " + format + ", "
                            + bits + " bits)");
                }
            } else if (id == fourCc("data")) {
                if (channels == 0) {
                    throw new IOException(name + ": data before fmt");
                }
                // streaming writers leave 0 or 0xFFFFFFFF here: take what the file holds
                long available = bytes.length - body;
                long length = size == 0 || size > available ? available : size;
                int frameBytes = 2 * channels;
                short[] samples = new short[(int) (length / frameBytes) * channels];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = in.getShort(body + 2 * i);
                }
                return new PcmAudio(rate, channels, samples);
            }
            position = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IOException(name + ": no data chunk");
    }

    static int fourCc(String s) {
        return (s.charAt(0)) | (s.charAt(1) << 8) | (s.charAt(2) << 16) | (s.charAt(3) << 24);
    }
}
