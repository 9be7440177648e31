package io.agentbar.bench.quality;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClickTrainTest {
    private static final int RATE = 48000;

    @Test
    void findsEveryClickWhereItWasPut() {
        float[] train = ClickTrain.generate(RATE, 5);
        double[] onsets = ClickTrain.detectAll(train, RATE);
        assertThat(onsets).hasSize(5);
        for (int k = 0; k < 5; k++) {
            assertThat(onsets[k]).isCloseTo(ClickTrain.clickSeconds(k), within(0.002));
        }
    }

    @Test
    void aDelayedCopyIsFoundExactlyThatMuchLater() {
        float[] train = ClickTrain.generate(RATE, 3);
        int delay = 9876;
        float[] delayed = new float[train.length + delay];
        for (int i = 0; i < train.length; i++) {
            delayed[i + delay] = 0.2f * train[i];
        }
        OptionalDouble sent = ClickTrain.detect(train, RATE, 1.0, 2.0);
        OptionalDouble heard = ClickTrain.detect(delayed, RATE, 1.0, 2.0);
        assertThat(heard.getAsDouble() - sent.getAsDouble()).isCloseTo(delay / (double) RATE, within(1e-4));
    }

    @Test
    void silenceHoldsNoClick() {
        assertThat(ClickTrain.detect(new float[RATE], RATE, 0, 1)).isEmpty();
        assertThat(ClickTrain.detectAll(new float[RATE], RATE)).isEmpty();
    }

    @Test
    void thePeriodSweepsThePacketPhase() {
        // not a multiple of 20 ms, so consecutive clicks land at different offsets within a packet
        assertThat(Math.round(ClickTrain.PERIOD_SECONDS * 1000) % 20).isNotZero();
    }
}
