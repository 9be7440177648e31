package io.agentbar.audio.wav;

import io.agentbar.audio.testing.Tones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WavTest {
    @TempDir
    Path dir;

    @Test
    void appendContinuesAfterTheSamplesOnDiskAndFixesTheHeader() throws IOException {
        Path file = dir.resolve("a.wav");
        WavWriter.write(file, new PcmAudio(8000, 1, new short[] {1, 2, 3}));
        Files.write(file, new byte[] {9}, java.nio.file.StandardOpenOption.APPEND); // half a sample, as after a crash
        try (WavWriter more = WavWriter.append(file, 8000, 1, 16)) {
            more.write(new short[] {4, 5}, 0, 2);
        }
        assertThat(WavReader.read(file).samples()).containsExactly(1, 2, 3, 4, 5);
        assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).getInt(40)).isEqualTo(10);
    }

    @Test
    void appendRefusesAnotherFormatAndStartsAMissingFile() throws IOException {
        Path file = dir.resolve("b.wav");
        WavWriter.write(file, new PcmAudio(8000, 2, new short[] {1, 2}));
        assertThatThrownBy(() -> WavWriter.append(file, 48_000, 1, 16)).isInstanceOf(IOException.class);
        assertThat(WavReader.read(file).samples()).containsExactly(1, 2);
        Path fresh = dir.resolve("c.wav");
        try (WavWriter w = WavWriter.append(fresh, 48_000, 1, 16)) {
            w.write(new short[] {7}, 0, 1);
        }
        assertThat(WavReader.read(fresh).samples()).containsExactly(7);
    }

    @Test
    void stereoRoundTripKeepsEverySample() throws IOException {
        short[] interleaved = {1, -1, 300, -300, Short.MAX_VALUE, Short.MIN_VALUE};
        Path file = dir.resolve("s.wav");
        WavWriter.write(file, new PcmAudio(8000, 2, interleaved));
        assertThat(Files.size(file)).isEqualTo(44 + 12);
        PcmAudio back = WavReader.read(file);
        assertThat(back.sampleRate()).isEqualTo(8000);
        assertThat(back.channels()).isEqualTo(2);
        assertThat(back.samples()).containsExactly(interleaved);
        assertThat(back.mono().samples()).containsExactly(0, 0, 0); // (32767 - 32768) / 2 truncates to 0
    }

    @Test
    void everyFlushLeavesAValidFile() throws IOException {
        Path file = dir.resolve("stream.wav");
        short[] tone = Tones.sine(440, 48_000, 960, 0.5);
        try (WavWriter w = new WavWriter(file, 48_000, 1, 960)) {
            w.write(tone, 0, 960);
            w.write(tone, 0, 480); // the buffer filled once and flushed itself
            assertThat(WavReader.read(file).samples()).hasSize(960);
            w.flush();
            assertThat(WavReader.read(file).samples()).hasSize(1440);
        }
        assertThat(WavReader.read(file).samples()).hasSize(1440);
    }

    @Test
    void readsExtensibleFormatSkipsUnknownChunksAndToleratesAStreamingLength() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(WavReader.fourCc("RIFF")).putInt(0).putInt(WavReader.fourCc("WAVE"));
        b.putInt(WavReader.fourCc("LIST")).putInt(3).put(new byte[] {1, 2, 3}).put((byte) 0); // odd size, padded
        b.putInt(WavReader.fourCc("fmt ")).putInt(40).putShort((short) 0xFFFE).putShort((short) 1).putInt(16_000)
                .putInt(32_000).putShort((short) 2).putShort((short) 16).putShort((short) 22).putShort((short) 16)
                .putInt(4).putShort((short) 1).put(new byte[14]);
        b.putInt(WavReader.fourCc("data")).putInt(-1).putShort((short) 5).putShort((short) -5);
        byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position());
        PcmAudio audio = WavReader.parse(bytes, "ext.wav");
        assertThat(audio.sampleRate()).isEqualTo(16_000);
        assertThat(audio.samples()).containsExactly(5, -5);
    }

    @Test
    void refusesWhatIsNotSixteenBitPcm() {
        byte[] notRiff = "hello world, not a wav".getBytes();
        assertThatThrownBy(() -> WavReader.parse(notRiff, "x")).isInstanceOf(IOException.class);
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(WavReader.fourCc("RIFF")).putInt(36).putInt(WavReader.fourCc("WAVE"));
        b.putInt(WavReader.fourCc("fmt ")).putInt(16).putShort((short) 3).putShort((short) 1).putInt(8000)
                .putInt(32_000).putShort((short) 4).putShort((short) 32);
        b.putInt(WavReader.fourCc("data")).putInt(0);
        assertThatThrownBy(() -> WavReader.parse(b.array(), "float.wav")).hasMessageContaining("16-bit PCM");
    }
}
