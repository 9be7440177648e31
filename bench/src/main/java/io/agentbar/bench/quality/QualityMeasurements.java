package io.agentbar.bench.quality;

import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.util.List;

/** Placeholder until this group is written. */
public final class QualityMeasurements implements Measurement {
    @Override
    public String name() {
        return "quality";
    }

    @Override
    public List<Metric> run(BenchContext context) {
        throw new UnsupportedOperationException("not written yet");
    }
}
