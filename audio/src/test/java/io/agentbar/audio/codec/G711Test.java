package io.agentbar.audio.codec;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.media.Codec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class G711Test {
    @ParameterizedTest
    @EnumSource(G711.Law.class)
    void everyCodewordSurvivesDecodeAndEncode(G711.Law law) {
        for (int code = 0; code < 256; code++) {
            short linear = G711.decode(law, (byte) code);
            short again = G711.decode(law, G711.encode(law, linear));
            assertThat(again).as("code %02x", code).isEqualTo(linear);
        }
    }

    @ParameterizedTest
    @EnumSource(G711.Law.class)
    void quantisationErrorStaysWithinHalfASegmentStep(G711.Law law) {
        for (int x = Short.MIN_VALUE; x <= Short.MAX_VALUE; x++) {
            int y = G711.decode(law, G711.encode(law, (short) x));
            // segment steps double per segment: the error is at most 1/32 of the magnitude, plus the
            // smallest step near zero (μ-law also clips at 32635)
            int bound = Math.abs(x) / 32 + (law == G711.Law.MU ? 8 : 16) + (law == G711.Law.MU && Math.abs(x) > 32_000 ? 1024 : 0);
            assertThat(Math.abs(y - x)).as("x=%d y=%d", x, y).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void knownCodewordsMatchTheStandard() {
        assertThat(G711.encode(G711.Law.MU, (short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.decode(G711.Law.MU, (byte) 0xFF)).isEqualTo((short) 0);
        assertThat(G711.decode(G711.Law.MU, (byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.decode(G711.Law.MU, (byte) 0x00)).isEqualTo((short) -32124);
        assertThat(G711.encode(G711.Law.A, (short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711.decode(G711.Law.A, (byte) 0xD5)).isEqualTo((short) 8);
        assertThat(G711.decode(G711.Law.A, (byte) 0xAA)).isEqualTo((short) 32256);
        assertThat(G711.decode(G711.Law.A, (byte) 0x2A)).isEqualTo((short) -32256);
    }

    @ParameterizedTest
    @EnumSource(value = Codec.class, names = {"PCMU", "PCMA"})
    void frameRoundTripKeepsAOneKilohertzTone(Codec codec) {
        AudioEncoder encoder = AudioCodecs.encoder(codec, OpusSettings.defaults());
        AudioDecoder decoder = AudioCodecs.decoder(codec);
        short[] tone = Tones.sine(1000, PcmFormat.SAMPLE_RATE, PcmFormat.SAMPLE_RATE, 0.5);
        short[] out = new short[tone.length];
        byte[] payload = new byte[200];
        short[] decoded = new short[PcmFormat.MAX_PACKET_SAMPLES];
        short[] frame = new short[PcmFormat.FRAME_SAMPLES];
        for (int f = 0; f < 50; f++) {
            System.arraycopy(tone, f * 960, frame, 0, 960);
            int n = encoder.encode(frame, payload, 0, payload.length);
            assertThat(n).isEqualTo(160);
            assertThat(decoder.decode(payload, 0, n, decoded)).isEqualTo(960);
            System.arraycopy(decoded, 0, out, f * 960, 960);
        }
        assertThat(encoder.timestampIncrement()).isEqualTo(160);
        assertThat(Tones.amplitude(out, 9600, 38_400, 1000, 48_000)).isCloseTo(0.5, within(0.04));
    }

    @Test
    void concealmentFadesToSilence() {
        AudioDecoder decoder = AudioCodecs.decoder(Codec.PCMU);
        byte[] payload = new byte[160];
        java.util.Arrays.fill(payload, (byte) 0x80); // loud
        short[] out = new short[PcmFormat.MAX_PACKET_SAMPLES];
        decoder.decode(payload, 0, 160, out);
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            assertThat(decoder.conceal(out, 960)).isEqualTo(960);
            double level = Tones.rms(out, 480, 480);
            if (i < 4) {
                assertThat(level).isLessThan(previous);
            }
            previous = level;
        }
        assertThat(previous).isZero();
    }
}
