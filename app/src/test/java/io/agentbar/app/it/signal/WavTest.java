package io.agentbar.app.it.signal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WavTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"8000,1", "16000,1", "44100,2", "48000,2"})
    void writtenToneReadsBackAsTheSameMonoSignal(int rate, int channels) {
        float[] tone = Tones.sine(440, rate, 0.5, 0.5);
        Path file = dir.resolve("tone.wav");

        Wav.write(file, tone, rate, channels);
        MonoSignal read = Wav.read(file);

        assertThat(read.sampleRate()).isEqualTo(rate);
        assertThat(read.samples()).hasSize(tone.length);
        for (int n = 0; n < tone.length; n += 97) {
            assertThat(read.samples()[n]).isCloseTo(tone[n], within(1e-4f));
        }
        assertThat(Wav.readFormat(file)).isEqualTo(new Wav.Format(rate, channels));
    }

    @Test
    void headerIsCanonicalPcm() throws IOException {
        Path file = dir.resolve("h.wav");
        Wav.writePcm16(file, new short[] {1, -1, 2, -2}, 8000, 2);

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(bytes.capacity()).isEqualTo(44 + 8);
        assertThat(bytes.getInt(4)).isEqualTo(36 + 8);
        assertThat(bytes.getShort(20)).isEqualTo((short) 1);
        assertThat(bytes.getShort(22)).isEqualTo((short) 2);
        assertThat(bytes.getInt(24)).isEqualTo(8000);
        assertThat(bytes.getInt(28)).isEqualTo(8000 * 2 * 2);
        assertThat(bytes.getShort(32)).isEqualTo((short) 4);
        assertThat(bytes.getShort(34)).isEqualTo((short) 16);
        assertThat(bytes.getInt(40)).isEqualTo(8);
    }

    @Test
    void stereoIsMixedToMono() {
        Path file = dir.resolve("stereo.wav");
        Wav.writePcm16(file, new short[] {16384, 0, -16384, -16384}, 48000, 2);

        MonoSignal read = Wav.read(file);

        assertThat(read.samples()).containsExactly(0.25f, -0.5f);
    }

    @Test
    void extraChunksAndExtensibleFormatAreAccepted() {
        byte[] bytes = riff(
                chunk("LIST", new byte[] {'I', 'N', 'F', 'O', 1}),
                chunk("fmt ", extensibleFormat(16000, 1)),
                chunk("data", pcm((short) 32767, (short) -32768)));

        MonoSignal read = Wav.parse(bytes);

        assertThat(read.sampleRate()).isEqualTo(16000);
        assertThat(read.samples()).containsExactly(32767 / 32768f, -1f);
    }

    @Test
    void fileStillBeingRecordedIsReadToItsEnd() {
        // libsndfile leaves the data size at 0 until it closes the file
        byte[] bytes = riff(chunk("fmt ", pcmFormat(8000, 1)), chunk("data", pcm((short) 100, (short) 200, (short) 300)));
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 6 - 4, 0);

        assertThat(Wav.parse(bytes).samples()).hasSize(3);
    }

    @Test
    void unsupportedFormatsAreRejectedWithAReason() {
        byte[] eightBit = riff(chunk("fmt ", pcmFormat(8000, 1, 8)), chunk("data", new byte[] {1, 2}));
        byte[] tooFast = riff(chunk("fmt ", pcmFormat(96000, 1)), chunk("data", pcm((short) 1)));
        byte[] notWave = "RIFF....AVI LIST".getBytes();

        assertThatThrownBy(() -> Wav.parse(eightBit)).hasMessageContaining("16-bit");
        assertThatThrownBy(() -> Wav.parse(tooFast)).hasMessageContaining("96000");
        assertThatThrownBy(() -> Wav.parse(notWave)).hasMessageContaining("RIFF/WAVE");
    }

    @Test
    void samplesOutsideFullScaleAreClipped() {
        assertThat(Wav.toPcm16(2f)).isEqualTo((short) 32767);
        assertThat(Wav.toPcm16(-2f)).isEqualTo((short) -32767);
    }

    private static byte[] riff(byte[]... chunks) {
        int size = 4;
        for (byte[] chunk : chunks) {
            size += chunk.length;
        }
        ByteBuffer out = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(size).put("WAVE".getBytes());
        for (byte[] chunk : chunks) {
            out.put(chunk);
        }
        return out.array();
    }

    private static byte[] chunk(String id, byte[] body) {
        int padded = body.length + (body.length & 1);
        ByteBuffer out = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        out.put(id.getBytes()).putInt(body.length).put(body);
        return out.array();
    }

    private static byte[] pcmFormat(int rate, int channels) {
        return pcmFormat(rate, channels, 16);
    }

    private static byte[] pcmFormat(int rate, int channels, int bits) {
        ByteBuffer out = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        return out.array();
    }

    private static byte[] extensibleFormat(int rate, int channels) {
        ByteBuffer out = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0xFFFE).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16)
                .putShort((short) 22).putShort((short) 16).putInt(channels == 1 ? 4 : 3)
                .putShort((short) 1); // sub-format GUID: PCM, rest of the GUID left zero
        return out.array();
    }

    private static byte[] pcm(short... samples) {
        ByteBuffer out = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            out.putShort(sample);
        }
        return out.array();
    }
}
