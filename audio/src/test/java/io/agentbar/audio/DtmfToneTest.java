package io.agentbar.audio;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Tones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The Q.23 pairs, their timing, and mixing versus replacing. */
class DtmfToneTest {
    private static final int N = PcmFormat.FRAME_SAMPLES;
    private static final int RATE = PcmFormat.SAMPLE_RATE;

    @ParameterizedTest(name = "{0}: {1} Hz + {2} Hz")
    @CsvSource({"1, 697, 1209", "5, 770, 1336", "9, 852, 1477", "0, 941, 1336", "*, 941, 1209", "#, 941, 1477",
            "a, 697, 1633", "D, 941, 1633"})
    void eachKeyIsItsRowAndColumnFrequency(char key, int low, int high) {
        DtmfTone tone = DtmfTone.inBand();
        tone.start(key);
        short[] heard = new short[5 * N]; // 100 ms: the neighbouring frequencies (73 Hz apart) stay apart
        short[] frame = new short[N];
        for (int f = 0; f < 5; f++) {
            tone.replace(frame);
            System.arraycopy(frame, 0, heard, f * N, N);
        }
        double lowAmplitude = Tones.amplitude(heard, 0, heard.length, low, RATE);
        assertThat(lowAmplitude).isGreaterThan(0.15);
        assertThat(Tones.amplitude(heard, 0, heard.length, high, RATE)).isGreaterThan(0.15);
        for (double other : new double[] {697, 770, 852, 941, 1209, 1336, 1477, 1633}) {
            if (other != low && other != high) {
                assertThat(Tones.amplitude(heard, 0, heard.length, other, RATE)).as(other + " Hz")
                        .isLessThan(lowAmplitude / 10);
            }
        }
    }

    @Test
    void aKeyToneIsAddedToWhatThePlaybackCarriesForAHundredMilliseconds() {
        DtmfTone tone = DtmfTone.keyTone();
        short[] voice = Tones.sine(440, RATE, N, 0.3);
        tone.start('5');
        int withTone = 0;
        int frames = 0;
        while (!tone.idle()) {
            short[] frame = Arrays.copyOf(voice, N);
            tone.add(frame);
            frames++;
            if (Tones.amplitude(frame, 0, N, 770, RATE) > 0.03) {
                withTone++;
                assertThat(Tones.amplitude(frame, 0, N, 1336, RATE)).isGreaterThan(0.03);
            }
            assertThat(Tones.amplitude(frame, 0, N, 440, RATE)).as("the voice stays").isGreaterThan(0.25);
        }
        assertThat(withTone).as("20 ms frames of tone").isEqualTo(5);
        assertThat(frames).as("then a short pause before the next key").isEqualTo(6);
    }

    @Test
    void mixingSaturatesInsteadOfWrappingAround() {
        DtmfTone tone = new DtmfTone(0.5, 1, 0);
        tone.start('1');
        short[] loud = new short[N];
        Arrays.fill(loud, Short.MAX_VALUE);
        tone.add(loud);
        for (short s : loud) {
            assertThat(s).isGreaterThan((short) 0);
        }
    }

    @Test
    void aCharacterThatIsNoKeyPlaysNothing() {
        DtmfTone tone = DtmfTone.keyTone();
        tone.start('x');
        assertThat(tone.idle()).isTrue();
        short[] frame = new short[N];
        tone.add(frame);
        assertThat(Tones.rms(frame, 0, N)).isZero();
    }
}
