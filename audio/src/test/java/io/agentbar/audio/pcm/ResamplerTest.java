package io.agentbar.audio.pcm;

import io.agentbar.audio.testing.Tones;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResamplerTest {
    private static final int SECOND = 48_000;

    /** Streams a 48 kHz signal through a 48k→8k resampler in device frames. */
    private static short[] decimate(short[] wide) {
        Resampler r = new Resampler(48_000, 8000, PcmFormat.FRAME_SAMPLES);
        short[] narrow = new short[wide.length / 6];
        int written = 0;
        for (int off = 0; off < wide.length; off += PcmFormat.FRAME_SAMPLES) {
            written += r.process(wide, off, PcmFormat.FRAME_SAMPLES, narrow, written);
        }
        assertThat(written).isEqualTo(narrow.length);
        return narrow;
    }

    @Test
    void decimationPassesOneKilohertz() {
        short[] narrow = decimate(Tones.sine(1000, 48_000, SECOND, 0.5));
        assertThat(Tones.amplitude(narrow, 4000, 4000, 1000, 8000)).isCloseTo(0.5, within(0.03));
    }

    @Test
    void decimationRemovesSixKilohertzInsteadOfAliasingItToTwo() {
        short[] narrow = decimate(Tones.sine(6000, 48_000, SECOND, 0.5));
        // 6 kHz would fold onto 2 kHz at 8 kHz sampling; the low-pass must have removed it (> 50 dB)
        assertThat(Tones.amplitude(narrow, 4000, 4000, 2000, 8000)).isLessThan(0.5 * 0.003);
        assertThat(Tones.rms(narrow, 4000, 4000)).isLessThan(0.002);
    }

    @Test
    void interpolationPassesOneKilohertzAndSuppressesImages() {
        Resampler r = new Resampler(8000, 48_000, 160);
        short[] narrow = Tones.sine(1000, 8000, 8000, 0.5);
        short[] wide = new short[SECOND];
        int written = 0;
        for (int off = 0; off < narrow.length; off += 160) {
            written += r.process(narrow, off, 160, wide, written);
        }
        assertThat(written).isEqualTo(SECOND);
        assertThat(Tones.amplitude(wide, 24_000, 24_000, 1000, 48_000)).isCloseTo(0.5, within(0.03));
        // zero-stuffing makes images at 8k ± 1k; the filter must have removed them
        assertThat(Tones.amplitude(wide, 24_000, 24_000, 7000, 48_000)).isLessThan(0.002);
        assertThat(Tones.amplitude(wide, 24_000, 24_000, 9000, 48_000)).isLessThan(0.002);
    }

    @Test
    void wholeSignalConversionKeepsLengthPitchAndAlignment() {
        short[] cd = Tones.sine(440, 44_100, 44_100, 0.5);
        short[] converted = Resampler.convert(cd, 44_100, 48_000);
        assertThat(converted.length).isEqualTo(48_000);
        assertThat(Tones.amplitude(converted, 4800, 38_400, 440, 48_000)).isCloseTo(0.5, within(0.03));
        // the filter delay was trimmed: the sine still starts at phase 0 (sample 12 = 0.11 rad)
        assertThat(converted[12] / 32767.0).isCloseTo(0.5 * Math.sin(2 * Math.PI * 440 * 12 / 48_000.0), within(0.02));
    }

    @Test
    void sameRateIsACopy() {
        short[] s = Tones.sine(440, 48_000, 960, 0.5);
        Resampler r = new Resampler(48_000, 48_000, 960);
        short[] out = new short[960];
        assertThat(r.process(s, 0, 960, out, 0)).isEqualTo(960);
        assertThat(out).isEqualTo(s);
    }
}
