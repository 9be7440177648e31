package io.agentbar.sip.ws;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void waitDoublesWithEachFailureUpToTheMaximum() {
        assertThat(backoff.delay(1, 0.999999)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2, 0.999999)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(5, 0.999999)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.delay(6, 0.999999)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1_000, 0.999999)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterKeepsTheWaitBetweenHalfAndAllOfIt() {
        assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delay(10, 0.0)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
