package io.agentbar.bench.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcentusPathTest {
    @TempDir
    Path dir;

    @Test
    void readsTheHarnessPacketFileFormat() throws IOException {
        Path file = dir.resolve("packets.bin");
        Files.write(file, new byte[] {0, 2, 7, 8, 0, 1, 9, 0, 0});

        List<byte[]> packets = ConcentusPath.read(file);

        assertThat(packets).hasSize(3);
        assertThat(packets.get(0)).containsExactly(7, 8);
        assertThat(packets.get(1)).containsExactly(9);
        assertThat(packets.get(2)).isEmpty();
    }

    @Test
    void rejectsATruncatedPacket() throws IOException {
        Path file = dir.resolve("packets.bin");
        Files.write(file, new byte[] {0, 5, 1, 2});

        assertThatThrownBy(() -> ConcentusPath.read(file)).hasMessageContaining("truncated");
    }

    @Test
    void perFrameFiguresDivideByTheFramesTimed() {
        FrameTiming timing = new FrameTiming(4, 2_000_000, 320);

        assertThat(timing.microsPerFrame()).isEqualTo(500.0);
        assertThat(timing.bytesPerFrame()).isEqualTo(80.0);
    }
}
