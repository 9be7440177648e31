package io.agentbar.bench;

import java.util.Locale;
import java.util.Objects;

/**
 * One figure, ours beside a peer's, measured in the same run.
 *
 * @param metric   stable name (the JSON key later runs compare by)
 * @param unit     e.g. ms, MiB, percent, score
 * @param ours     AgentBar's value
 * @param peer     the peer's value
 * @param peerName e.g. baresip, linphonec, libopus
 * @param better   "lower" or "higher"
 * @param method   one line: how it was measured
 */
public record Metric(String metric, String unit, double ours, double peer, String peerName, String better, String method) {
    public Metric {
        Objects.requireNonNull(metric, "metric");
        if (!better.equals("lower") && !better.equals("higher")) {
            throw new IllegalArgumentException("better must be lower or higher: " + better);
        }
    }

    public static Metric lowerIsBetter(String metric, String unit, double ours, double peer, String peerName, String method) {
        return new Metric(metric, unit, ours, peer, peerName, "lower", method);
    }

    public static Metric higherIsBetter(String metric, String unit, double ours, double peer, String peerName, String method) {
        return new Metric(metric, unit, ours, peer, peerName, "higher", method);
    }

    /** ours / peer; NaN when the peer's value is zero or missing. */
    public double ratio() {
        return peer == 0 || Double.isNaN(peer) ? Double.NaN : ours / peer;
    }

    String json() {
        return String.format(Locale.ROOT,
                "{\"metric\": %s, \"unit\": %s, \"ours\": %s, \"peer\": %s, \"peer_name\": %s, \"ratio\": %s, \"better\": %s, \"method\": %s}",
                Json.string(metric), Json.string(unit), Json.number(ours), Json.number(peer), Json.string(peerName),
                Json.number(ratio()), Json.string(better), Json.string(method));
    }
}
