package io.agentbar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ./bench/run [--quick] [--only name,name] [--out DIR]}: runs every measurement and writes the results.
 * Exits non-zero when a measurement failed, so a broken benchmark is noticed; the figures themselves
 * are not judged.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Set<String> only = Set.of();
        Path repository = Path.of(System.getProperty("agentbar.repository", ".")).toAbsolutePath().normalize();
        Path out = repository.resolve("bench").resolve("results");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--only") && i + 1 < args.length) {
                only = Set.of(args[++i].split(","));
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                // the test suite's smoke run writes elsewhere, so it never overwrites committed results
                out = Path.of(args[++i]).toAbsolutePath();
            }
        }
        Path work = Files.createTempDirectory("agentbar-bench-");
        BenchContext context = new BenchContext(repository, work, quick);
        List<Metric> metrics = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Instant start = Instant.now();
        for (Measurement m : Measurements.all()) {
            if (!only.isEmpty() && !only.contains(m.name())) {
                continue;
            }
            Instant t = Instant.now();
            System.out.println("bench: " + m.name() + "...");
            try {
                List<Metric> got = m.run(context);
                got.forEach(x -> System.out.printf("bench:   %-22s ours %s %s, %s %s, ratio %s (%s is better)%n", x.metric(),
                        Results.fmt(x.ours()), x.unit(), x.peerName(), Results.fmt(x.peer()), Results.fmt(x.ratio()), x.better()));
                metrics.addAll(got);
            } catch (Exception | AssertionError e) {
                problems.add(m.name() + ": " + e);
                System.out.println("bench: " + m.name() + " FAILED: " + e);
                e.printStackTrace(System.out);
            }
            System.out.println("bench: " + m.name() + " took " + Duration.between(t, Instant.now()).toSeconds() + " s");
        }
        String header = (quick ? "Quick (smoke) run" : "Full run") + " of " + Instant.now() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + "; "
                + Duration.between(start, Instant.now()).toSeconds() + " s in all.";
        Results.write(out, metrics, problems, header);
        System.out.println("bench: wrote " + out.resolve("latest.md") + " and latest.json (" + metrics.size() + " figures)");
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
