package io.agentbar.bench.calls;

import java.util.List;

/**
 * What one launch of a phone yielded (see {@link LaunchRun}).
 *
 * @param readyMs          process start to the first 200 OK to OPTIONS
 * @param rssIdleMib       VmRSS after the settle window, before any call
 * @param firstCallMs      INVITE to 200 OK of the first call after start
 * @param laterCallsMs     the same for every later call
 * @param rssAfterFirstMib VmRSS once the first call was over
 * @param rssAfterAllMib   VmRSS once the last call was over
 */
record LaunchFigures(double readyMs, double rssIdleMib, double firstCallMs, List<Double> laterCallsMs,
                     double rssAfterFirstMib, double rssAfterAllMib) {

    int calls() {
        return laterCallsMs.size() + 1;
    }

    /** (RSS after the last call − RSS after the first) / (calls − 1), in KiB per call. */
    double growthKibPerCall() {
        if (calls() < 2) {
            throw new IllegalStateException("growth per call needs at least two calls");
        }
        return (rssAfterAllMib - rssAfterFirstMib) * 1024 / (calls() - 1);
    }
}
