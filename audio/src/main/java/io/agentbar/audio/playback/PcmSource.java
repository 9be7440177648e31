package io.agentbar.audio.playback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A recording decoded to the pipeline format (48 kHz mono), frame by frame. */
interface PcmSource extends AutoCloseable {
    /**
     * Fills {@code frame} from the start; returns how many samples it filled, fewer than its
     * length only at the end, and 0 once nothing is left.
     */
    int read(short[] frame) throws IOException;

    @Override
    void close();

    /** Opens {@code file} by what its first bytes say it is: Ogg Opus or WAV. */
    static PcmSource open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer magic = ByteBuffer.allocate(4);
            channel.read(magic, 0);
            String kind = new String(magic.array(), 0, magic.position(), java.nio.charset.StandardCharsets.US_ASCII);
            return switch (kind) {
                case "OggS" -> new OggOpusSource(channel);
                case "RIFF" -> new WavSource(channel);
                default -> throw new IOException(file.getFileName() + " is neither Ogg Opus nor WAV");
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
