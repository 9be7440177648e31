package io.agentbar.audio.recording;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Page framing details the reference tools would only reject wholesale. */
class OggPageWriterTest {
    @TempDir
    Path dir;

    @Test
    void checksumMatchesAPageWrittenByLibogg() {
        // the first page of an opusenc file: OpusHead, mono, pre-skip 312; its CRC field is 01 BA D3 2F
        byte[] page = HexFormat.of().parseHex("4f67675300020000000000000000" + "7bc0cc0b" + "00000000" + "00000000"
                + "01" + "13" + "4f707573486561640101380180bb0000000000");
        assertThat(OggCrc.checksum(page, 0, page.length)).isEqualTo(0x2FD3BA01);
    }

    @Test
    void packetsAreLacedAndTheLastPageIsMarkedEndOfStream() throws Exception {
        Path file = dir.resolve("p.ogg");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            OggPageWriter pages = new OggPageWriter(channel, 0x1234);
            pages.add(new byte[255], 0, 255, 960); // exactly one segment long: needs a 0 terminator
            pages.add(new byte[10], 0, 10, 1920);
            assertThat(pages.flush(false)).isZero();
            pages.finish(); // nothing pending: the page already written becomes the EOS page
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.limit()).isEqualTo(27 + 3 + 265);
        assertThat(b.get(5)).as("BOS and EOS").isEqualTo((byte) 0x06);
        assertThat(b.getLong(6)).isEqualTo(1920);
        assertThat(b.getInt(14)).isEqualTo(0x1234);
        assertThat(b.get(26)).isEqualTo((byte) 3);
        assertThat(new byte[]{b.get(27), b.get(28), b.get(29)}).containsExactly(255, 0, 10);
        int crc = b.getInt(22);
        b.putInt(22, 0);
        assertThat(OggCrc.checksum(b.array(), 0, b.limit())).isEqualTo(crc);
    }
}
