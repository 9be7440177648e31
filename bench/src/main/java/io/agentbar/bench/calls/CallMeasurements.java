package io.agentbar.bench.calls;

import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.util.List;

/** Placeholder until this group is written. */
public final class CallMeasurements implements Measurement {
    @Override
    public String name() {
        return "calls";
    }

    @Override
    public List<Metric> run(BenchContext context) {
        throw new UnsupportedOperationException("not written yet");
    }
}
