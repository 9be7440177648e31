package io.agentbar.app.it.signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonoSignalTest {

    @Test
    void sliceIsClampedToTheSignal() {
        MonoSignal signal = new MonoSignal(Tones.sine(440, 8000, 2, 0.5), 8000);

        assertThat(signal.durationSeconds()).isEqualTo(2.0);
        assertThat(signal.slice(0.5, 1.0).samples()).hasSize(4000);
        assertThat(signal.slice(1.5, 9.0).samples()).hasSize(4000);
        assertThat(signal.slice(3.0, 4.0).samples()).isEmpty();
    }
}
