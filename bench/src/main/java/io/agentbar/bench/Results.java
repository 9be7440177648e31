package io.agentbar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes {@code latest.json} (for later comparison) and {@code latest.md} (for people). */
final class Results {
    private Results() {
    }

    static void write(Path directory, List<Metric> metrics, List<String> problems, String header) throws IOException {
        Files.createDirectories(directory);
        String json = metrics.stream().map(m -> "  " + m.json()).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(directory.resolve("latest.json"), json, StandardCharsets.UTF_8);
        StringBuilder md = new StringBuilder("# AgentBar benchmark results\n\n").append(header).append("\n\n");
        md.append("| metric | unit | AgentBar | peer | peer name | ratio (ours/peer) | better |\n");
        md.append("| --- | --- | ---: | ---: | --- | ---: | --- |\n");
        for (Metric m : metrics) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", m.metric(), m.unit(),
                    fmt(m.ours()), fmt(m.peer()), m.peerName(), fmt(m.ratio()), m.better()));
        }
        md.append("\n## Methods\n\n");
        for (Metric m : metrics) {
            md.append("- `").append(m.metric()).append("`: ").append(m.method()).append('\n');
        }
        if (!problems.isEmpty()) {
            md.append("\n## Not measured in this run\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        Files.writeString(directory.resolve("latest.md"), md.toString(), StandardCharsets.UTF_8);
    }

    static String fmt(double d) {
        if (Double.isNaN(d)) {
            return "n/a";
        }
        return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.3g", d);
    }
}
