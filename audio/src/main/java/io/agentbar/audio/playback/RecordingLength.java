package io.agentbar.audio.playback;

import io.agentbar.audio.pcm.PcmFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * How much audio a recording file holds, read from the file itself: for a file cut short by a
 * crash its metadata still has the counts of its last change, so only the file can tell. Reads
 * the Ogg stream's first page and its last whole pages, or the WAV header; never the whole file.
 */
public final class RecordingLength {
    private RecordingLength() {
    }

    /** The playable length, or empty when the file is neither readable Ogg Opus nor WAV. */
    public static Optional<Duration> of(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer magic = ByteBuffer.allocate(4);
            channel.read(magic, 0);
            String kind = new String(magic.array(), java.nio.charset.StandardCharsets.US_ASCII);
            return switch (kind) {
                case "OggS" -> ogg(channel);
                case "RIFF" -> Optional.of(samples(new WavSource(channel).remaining()));
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> ogg(FileChannel channel) throws IOException {
        OggPage page = new OggPage(channel);
        if (page.load(0) != 0 || page.segments() < 1 || page.lacing(0) < 19) {
            return Optional.empty();
        }
        byte[] head = page.bytes();
        int at = page.bodyOffset();
        if (!new String(head, at, 8, java.nio.charset.StandardCharsets.US_ASCII).equals("OpusHead")) {
            return Optional.empty();
        }
        int preSkip = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getShort(at + 10) & 0xFFFF;
        long size = channel.size();
        long from = Math.max(0, size - 2L * OggPage.MAX_PAGE);
        ByteBuffer tail = ByteBuffer.allocate((int) (size - from));
        while (tail.hasRemaining() && channel.read(tail, from + tail.position()) >= 0) {
            // read to the end
        }
        byte[] t = tail.array();
        for (int i = tail.position() - 4; i >= 0; i--) {
            if (t[i] == 'O' && t[i + 1] == 'g' && t[i + 2] == 'g' && t[i + 3] == 'S'
                    && page.load(from + i) == from + i && page.granule() >= 0) {
                return Optional.of(samples(Math.max(0, page.granule() - preSkip)));
            }
        }
        return Optional.of(Duration.ZERO);
    }

    private static Duration samples(long n) {
        return Duration.ofMillis(n * 1000 / PcmFormat.SAMPLE_RATE);
    }
}
