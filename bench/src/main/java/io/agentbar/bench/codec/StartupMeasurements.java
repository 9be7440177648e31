package io.agentbar.bench.codec;

import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Item 2's {@code first_frame}: launch to the window's first rendered frame under Xvfb. There is no other desktop
 * softphone to time beside it, so the peer is AgentBar itself started with a JDK AOT cache (JEP 483/514): the figure
 * says what the cache would buy.
 */
public final class StartupMeasurements implements Measurement {
    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        int runs = context.pick(1, 3);
        Path directory = Files.createDirectories(context.work().resolve("startup"));
        Path cache = directory.resolve("agentbar.aot");
        List<Long> plain = new ArrayList<>();
        List<Long> cached = new ArrayList<>();
        long cacheBytes;
        try (VirtualDisplay display = VirtualDisplay.start()) {
            WindowStart window = new WindowStart(context.launcher(), directory, display.display());
            // the training run comes first and is not timed, so it also absorbs a launcher rebuild and fills the
            // page cache with the jars for every timed start after it
            window.trainAotCache(cache);
            cacheBytes = Files.size(cache);
            // interleaved, so drift in the machine's load hits both alike
            for (int i = 0; i < runs; i++) {
                plain.add(window.millisToFirstFrame(""));
                cached.add(window.millisToFirstFrame("-XX:AOTCache=" + cache + " -XX:AOTMode=on"));
            }
        } finally {
            // some 45 MB per run; the work directory is never cleaned
            Files.deleteIfExists(cache);
        }
        String method = String.format(Locale.ROOT, "%s of ./agentbar (window, built-in test line, no "
                        + "account) on Xvfb 1280x720: bench wall clock at spawning the launcher to the app's "
                        + "first-frame-epoch-ms after its first layout pulse; ours = plain JVM (%s ms), peer = same with "
                        + "-XX:AOTCache=%d MB (%s ms) from a JEP 514 training run (-XX:AOTCacheOutput, to first frame), "
                        + "runs interleaved; no other desktop softphone exists here to time",
                runs == 1 ? "One start each" : "Median of " + runs + " starts each", join(plain), cacheBytes >> 20,
                join(cached));
        return List.of(Metric.lowerIsBetter("first_frame", "ms", median(plain), median(cached), "agentbar+AOT cache", method));
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String join(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
