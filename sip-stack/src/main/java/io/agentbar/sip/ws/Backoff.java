package io.agentbar.sip.ws;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before the next attempt to restore a lost flow: RFC 5626 §4.5's
 * {@code min(max, base × 2^(failures-1))}, drawn between 50 % and 100 % of that so that many clients
 * dropped together (a PBX restart) do not reconnect in lock-step.
 *
 * @param base the first wait
 * @param max  the longest wait
 */
public record Backoff(Duration base, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= max, not " + base + " and " + max);
        }
    }

    /**
     * @param failures how many attempts failed so far (1 for the wait after the first loss)
     * @param random   a number in [0, 1), the jitter
     */
    public Duration delay(int failures, double random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        long ceiling = max.toMillis();
        // doubling stops long before overflow: 2^20 × base is far beyond any sensible max
        long full = Math.min(ceiling, base.toMillis() << Math.min(failures - 1, 20));
        double fraction = 0.5 + 0.5 * Math.clamp(random, 0.0, 1.0);
        return Duration.ofMillis(Math.max(1, Math.round(full * fraction)));
    }
}
