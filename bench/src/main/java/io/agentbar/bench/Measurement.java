package io.agentbar.bench;

import java.util.List;

/** One group of figures, measured ours beside a peer in the same run. */
public interface Measurement {
    /** A short name for {@code --only} and the log, e.g. {@code setup}. */
    String name();

    /**
     * Runs the measurement. Starts and stops its own peer processes (by PID), bounded in time.
     * A figure that could not be taken is left out and the reason thrown or logged, never invented.
     */
    List<Metric> run(BenchContext context) throws Exception;
}
