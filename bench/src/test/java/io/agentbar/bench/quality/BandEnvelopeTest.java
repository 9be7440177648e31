package io.agentbar.bench.quality;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BandEnvelopeTest {
    private static final int RATE = 48000;

    @Test
    void anIdenticalSignalScoresOne() {
        float[] speech = SyntheticSpeech.generate(RATE, 6, 11);
        assertThat(BandEnvelope.score(speech, speech.clone(), RATE).value()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void aDelayedQuieterCopyStillScoresAboutOne() {
        float[] speech = SyntheticSpeech.generate(RATE, 6, 11);
        float[] received = new float[speech.length + RATE];
        int delay = (int) (0.237 * RATE);
        for (int i = 0; i < speech.length; i++) {
            received[i + delay] = 0.3f * speech[i];
        }
        BandEnvelope.Score score = BandEnvelope.score(speech, received, RATE);
        assertThat(score.value()).isGreaterThan(0.99);
        assertThat(score.globalLagSeconds()).isCloseTo(0.237, within(0.001));
    }

    @Test
    void aDelayThatChangesMidwayIsFollowed() {
        float[] speech = SyntheticSpeech.generate(RATE, 8, 5);
        float[] received = new float[speech.length + RATE];
        int half = speech.length / 2;
        for (int i = 0; i < speech.length; i++) {
            // a jitter buffer that grew by 60 ms half way through
            int delay = i < half ? 4800 : 4800 + 2880;
            received[i + delay] = speech[i];
        }
        assertThat(BandEnvelope.score(speech, received, RATE).value()).isGreaterThan(0.95);
    }

    @Test
    void noiseScoresAboutZero() {
        float[] speech = SyntheticSpeech.generate(RATE, 6, 11);
        SplittableRandom random = new SplittableRandom(99);
        float[] noise = new float[speech.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextDouble() - 0.5);
        }
        assertThat(BandEnvelope.score(speech, noise, RATE).value()).isCloseTo(0.0, within(0.1));
    }

    @Test
    void otherSpeechScoresFarBelowTheSameSpeech() {
        float[] speech = SyntheticSpeech.generate(RATE, 6, 11);
        float[] other = SyntheticSpeech.generate(RATE, 6, 12);
        assertThat(BandEnvelope.score(speech, other, RATE).value()).isLessThan(0.2);
    }

    @Test
    void silenceInPlaceOfSpeechLowersTheScore() {
        float[] speech = SyntheticSpeech.generate(RATE, 8, 3);
        float[] gappy = speech.clone();
        // drop 60 ms in every 300 ms, as a burst of three lost packets with nothing concealed
        for (int start = 0; start + 2880 <= gappy.length; start += 14400) {
            java.util.Arrays.fill(gappy, start, start + 2880, 0f);
        }
        double score = BandEnvelope.score(speech, gappy, RATE).value();
        assertThat(score).isLessThan(0.9).isGreaterThan(0.2);
    }

    @Test
    void bandsAreLogSpacedAndNeverEmpty() {
        int[] edges = BandEnvelope.bandEdges(RATE, 2048);
        assertThat(edges).hasSize(BandEnvelope.BANDS + 1);
        for (int b = 0; b < BandEnvelope.BANDS; b++) {
            assertThat(edges[b + 1]).isGreaterThan(edges[b]);
        }
        assertThat(edges[BandEnvelope.BANDS] * RATE / 2048.0).isCloseTo(8000, within(24.0));
    }

    @Test
    void pearsonOfAConstantIsZero() {
        assertThat(BandEnvelope.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isZero();
        assertThat(BandEnvelope.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1.0, within(1e-12));
    }
}
