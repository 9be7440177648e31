package io.agentbar.app.recording;

import java.time.Duration;

/**
 * How hard the uploader tries and what it does afterwards.
 *
 * @param deleteAfterUpload delete the audio and its {@code .json} once the server confirmed them (2xx);
 *                          off by default because a misconfigured server that answers 2xx would
 *                          otherwise eat the only copy
 * @param firstRetry        the wait after the first failure; it doubles per consecutive failure
 * @param maxRetry          the longest wait between attempts
 */
public record UploadPolicy(boolean deleteAfterUpload, Duration firstRetry, Duration maxRetry) {
    public UploadPolicy {
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("need 0 < firstRetry <= maxRetry");
        }
    }

    /** Keep the files; retry after 5 s, doubling to 10 min. */
    public static UploadPolicy defaults() {
        return new UploadPolicy(false, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    public UploadPolicy withDeleteAfterUpload(boolean delete) {
        return new UploadPolicy(delete, firstRetry, maxRetry);
    }

    /**
     * The wait before the next attempt after {@code failures} consecutive failures (1, 2, ...):
     * the doubled back-off, capped, then "equal jitter" (half fixed, half random) so that many
     * agents' bars coming back after a server outage do not retry in lock-step.
     *
     * @param random a number in [0, 1)
     */
    Duration retryDelay(int failures, double random) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = Math.min(firstRetry.toMillis() << doublings, maxRetry.toMillis());
        long half = millis / 2;
        return Duration.ofMillis(half + (long) (random * (millis - half)));
    }
}
