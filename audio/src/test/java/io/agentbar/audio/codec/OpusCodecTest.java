package io.agentbar.audio.codec;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.media.Codec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpusCodecTest {
    private static final int FRAMES = 50;

    private static List<byte[]> encodeTone(double frequency) {
        AudioEncoder encoder = AudioCodecs.encoder(Codec.OPUS, OpusSettings.defaults());
        short[] tone = Tones.sine(frequency, PcmFormat.SAMPLE_RATE, FRAMES * 960, 0.4);
        short[] frame = new short[960];
        byte[] out = new byte[1500];
        List<byte[]> packets = new ArrayList<>();
        for (int f = 0; f < FRAMES; f++) {
            System.arraycopy(tone, f * 960, frame, 0, 960);
            int n = encoder.encode(frame, out, 0, out.length);
            assertThat(n).isBetween(1, 400); // 32 kb/s ≈ 80 bytes per frame, VBR
            packets.add(Arrays.copyOf(out, n));
        }
        return packets;
    }

    @Test
    void toneSurvivesEncodeAndDecode() {
        List<byte[]> packets = encodeTone(440);
        AudioDecoder decoder = AudioCodecs.decoder(Codec.OPUS);
        short[] out = new short[FRAMES * 960];
        short[] decoded = new short[PcmFormat.MAX_PACKET_SAMPLES];
        for (int f = 0; f < FRAMES; f++) {
            byte[] p = packets.get(f);
            assertThat(decoder.decode(p, 0, p.length, decoded)).isEqualTo(960);
            System.arraycopy(decoded, 0, out, f * 960, 960);
        }
        int from = 10 * 960;
        int length = 40 * 960;
        double at440 = Tones.power(out, from, length, 440, 48_000);
        assertThat(Tones.amplitude(out, from, length, 440, 48_000)).isGreaterThan(0.3);
        for (double other : new double[] {300, 600, 1000, 2000}) {
            assertThat(Tones.power(out, from, length, other, 48_000)).as("%s Hz", other).isLessThan(at440 / 1000);
        }
    }

    @Test
    void lostPacketIsRebuiltFromTheNextOnesForwardErrorCorrection() {
        List<byte[]> packets = encodeTone(440);
        AudioDecoder decoder = AudioCodecs.decoder(Codec.OPUS);
        short[] decoded = new short[PcmFormat.MAX_PACKET_SAMPLES];
        for (int f = 0; f < 30; f++) {
            decoder.decode(packets.get(f), 0, packets.get(f).length, decoded);
        }
        byte[] next = packets.get(31); // packet 30 is lost
        assertThat(decoder.recover(next, 0, next.length, decoded, 960)).isEqualTo(960);
        assertThat(Tones.amplitude(decoded, 0, 960, 440, 48_000)).isGreaterThan(0.15);
        assertThat(decoder.decode(next, 0, next.length, decoded)).isEqualTo(960);
        assertThat(Tones.amplitude(decoded, 0, 960, 440, 48_000)).isGreaterThan(0.3);
    }

    @Test
    void concealmentContinuesTheSignalAndGarbageIsNotThrown() {
        List<byte[]> packets = encodeTone(440);
        AudioDecoder decoder = AudioCodecs.decoder(Codec.OPUS);
        short[] decoded = new short[PcmFormat.MAX_PACKET_SAMPLES];
        for (int f = 0; f < 20; f++) {
            decoder.decode(packets.get(f), 0, packets.get(f).length, decoded);
        }
        assertThat(decoder.conceal(decoded, 960)).isEqualTo(960);
        assertThat(Tones.rms(decoded, 0, 960)).isGreaterThan(0.05);
        assertThat(decoder.conceal(decoded, 1000)).isEqualTo(960); // rounded to 2.5 ms granules
        byte[] garbage = {(byte) 0xFF, (byte) 0xFF, 1, 2, 3};
        assertThat(decoder.decode(garbage, 0, garbage.length, decoded)).isGreaterThanOrEqualTo(0);
        assertThat(decoder.decode(garbage, 0, 0, decoded)).isZero();
    }
}
