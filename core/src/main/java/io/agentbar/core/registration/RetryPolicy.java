package io.agentbar.core.registration;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to refresh and when to retry a registration.
 * Retries follow RFC 5626 §4.5: min(max, base * 2^(failures-1)) randomised to 50–100 %, unless the
 * server said Retry-After; refreshes come before expiry with a margin so a slow answer is still in time.
 */
public final class RetryPolicy {
    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    public RetryPolicy(Duration base, Duration max, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), Math::random);
    }

    /** Delay before attempt number {@code failures + 1}. */
    public Duration retryDelay(int failures, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        int exponent = Math.min(Math.max(failures - 1, 0), 16);
        long millis = Math.min(max.toMillis(), base.toMillis() << exponent);
        double factor = 0.5 + 0.5 * random.getAsDouble();
        return Duration.ofMillis(Math.max(1000, (long) (millis * factor)));
    }

    /** Delay after a successful registration before it is refreshed. */
    public static Duration refreshDelay(Duration granted) {
        long s = granted.toSeconds();
        long margin = Math.min(s / 2, 30);
        return Duration.ofSeconds(Math.max(1, s - margin));
    }
}
