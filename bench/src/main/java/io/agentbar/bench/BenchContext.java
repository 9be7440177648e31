package io.agentbar.bench;

import java.nio.file.Path;

/**
 * What every measurement needs.
 *
 * @param repository the checkout (where {@code ./agentbar} is)
 * @param work       a fresh scratch directory for this run
 * @param quick      the CI smoke mode: fewer repetitions, shorter calls, under 5 minutes in all
 */
public record BenchContext(Path repository, Path work, boolean quick) {
    /** {@code quick ? quickValue : fullValue}, for repetition counts and durations. */
    public int pick(int quickValue, int fullValue) {
        return quick ? quickValue : fullValue;
    }

    public Path launcher() {
        return repository.resolve("agentbar");
    }
}
