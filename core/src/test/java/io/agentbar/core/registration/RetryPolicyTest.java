package io.agentbar.core.registration;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {
    @Test
    void backoffDoublesAndIsCapped() {
        RetryPolicy upper = new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0);
        assertThat(upper.retryDelay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(30));
        assertThat(upper.retryDelay(2, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
        assertThat(upper.retryDelay(4, Optional.empty())).isEqualTo(Duration.ofSeconds(240));
        assertThat(upper.retryDelay(20, Optional.empty())).isEqualTo(Duration.ofSeconds(1800));
    }

    @Test
    void backoffIsRandomisedToHalf() {
        RetryPolicy lower = new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 0.0);
        assertThat(lower.retryDelay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void retryAfterWins() {
        assertThat(RetryPolicy.standard().retryDelay(5, Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void refreshComesBeforeExpiry() {
        assertThat(RetryPolicy.refreshDelay(Duration.ofSeconds(600))).isEqualTo(Duration.ofSeconds(570));
        assertThat(RetryPolicy.refreshDelay(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.refreshDelay(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    }
}
