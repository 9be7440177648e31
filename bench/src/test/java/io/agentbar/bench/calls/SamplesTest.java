package io.agentbar.bench.calls;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplesTest {
    @Test
    void nearestRankPercentilesAreValuesThatOccurred() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
        assertThat(Samples.median(values)).isEqualTo(5.0);
        assertThat(Samples.percentile(values, 95)).isEqualTo(10.0);
        assertThat(Samples.percentile(values, 90)).isEqualTo(9.0);
        assertThat(Samples.percentile(List.of(42.0), 50)).isEqualTo(42.0);
    }

    @Test
    void refusesNoSamples() {
        assertThatThrownBy(() -> Samples.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
