package io.agentbar.bench;

import io.agentbar.bench.calls.CallMeasurements;
import io.agentbar.bench.codec.CodecMeasurements;
import io.agentbar.bench.codec.StartupMeasurements;
import io.agentbar.bench.quality.QualityMeasurements;
import io.agentbar.bench.secure.SecureSetupMeasurements;

import java.util.List;

/** Every measurement, in the order they run: explicit, no scanning. */
final class Measurements {
    private Measurements() {
    }

    static List<Measurement> all() {
        return List.of(new CodecMeasurements(), new StartupMeasurements(), new CallMeasurements(), new SecureSetupMeasurements(),
                new QualityMeasurements());
    }
}
