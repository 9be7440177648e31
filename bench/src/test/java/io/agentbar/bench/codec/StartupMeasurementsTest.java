package io.agentbar.bench.codec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupMeasurementsTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(StartupMeasurements.median(List.of(1300L, 600L, 3900L))).isEqualTo(1300.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(StartupMeasurements.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2.5);
    }
}
