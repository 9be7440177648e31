package io.agentbar.bench.codec;

import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.util.List;

/** Placeholder until this group is written. */
public final class CodecMeasurements implements Measurement {
    @Override
    public String name() {
        return "codec";
    }

    @Override
    public List<Metric> run(BenchContext context) {
        throw new UnsupportedOperationException("not written yet");
    }
}
