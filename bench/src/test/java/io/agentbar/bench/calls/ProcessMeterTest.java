package io.agentbar.bench.calls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMeterTest {
    @Test
    void readsThisJvmsCpuTimeAndResidentMemory() {
        long pid = ProcessHandle.current().pid();
        // a JVM that got this far has spent well over one clock tick and holds tens of MiB
        assertThat(ProcessMeter.cpuMillis(pid)).isGreaterThan(0);
        assertThat(ProcessMeter.rssMib(pid)).isGreaterThan(10);
    }
}
