package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Items 5 and 6 of the benchmark issue: mouth-to-ear delay ({@link MouthToEar}) and speech quality under packet loss,
 * jitter and reordering ({@link ImpairmentRelay}, scored by {@link BandEnvelope}), AgentBar receiving beside baresip
 * receiving the same stream with the same impairment. A figure that cannot be taken is left out and said so in the
 * log; the group fails only when nothing could be measured.
 */
public final class QualityMeasurements implements Measurement {
    private static final String PEER = "baresip";
    /** Every scenario adds the same jitter: 10–40 ms uniform delay, which reorders about 6 % of 20 ms packets. */
    private static final int MIN_DELAY = 10;
    private static final int MAX_DELAY = 40;

    /** One impairment setting and the metric it feeds. */
    record Scenario(String metric, Impairment impairment) {
    }

    static List<Scenario> scenarios(boolean quick) {
        List<Scenario> all = List.of(
                new Scenario("quality_loss_0", new Impairment(0, 1, MIN_DELAY, MAX_DELAY, 5001)),
                new Scenario("quality_loss_5", new Impairment(0.05, 1, MIN_DELAY, MAX_DELAY, 5002)),
                new Scenario("quality_loss_10", new Impairment(0.10, 1, MIN_DELAY, MAX_DELAY, 5003)),
                new Scenario("quality_loss_20", new Impairment(0.20, 1, MIN_DELAY, MAX_DELAY, 5004)),
                new Scenario("quality_burst", new Impairment(0.10, 3, MIN_DELAY, MAX_DELAY, 5005)));
        // the smoke run keeps no loss, random loss and bursts: the three that behave differently
        return quick ? List.of(all.get(0), all.get(2), all.get(4)) : all;
    }

    /** About 15 s of speech in the full run, 2.5 s in the smoke run. */
    private static int sentences(BenchContext context) {
        return context.pick(1, 6);
    }

    @Override
    public String name() {
        return "quality";
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        Path directory = Files.createDirectories(context.work().resolve("quality"));
        List<Metric> metrics = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Path speech = SpeechSource.write(directory, sentences(context));
        MonoSignal sent = SpeechSource.read(speech);
        // baresip's harness config fixes Opus at 28 kb/s (the first opus_bitrate line wins); the receiver asks for
        // in-band FEC as AgentBar's answer does (AgentBar mirrors the offer's stereo and bitrate), so the sender encodes
        // the same way for both
        try (Baresip sender = Baresip.start(BaresipOptions.named("sender").codecs("opus/48000/2").sourceWav(speech)
                .configLine("opus_inbandfec yes").configLine("opus_packet_loss 10"));
             Baresip receiver = Baresip.start(BaresipOptions.named("rx").autoAnswer(true).codecs("opus/48000/2")
                     .configLine("opus_inbandfec yes"))) {
            Receivers receivers = new Receivers(context.launcher(), directory, sender, receiver, sent.durationSeconds());
            String failed = null;
            for (Scenario scenario : scenarios(context.quick())) {
                if (failed != null) {
                    // the peers' event streams may be out of step after a failed call: measure nothing more on them
                    missing.add(scenario.metric() + ": not run after " + failed + " failed");
                    continue;
                }
                try {
                    metrics.add(quality(scenario, receivers, sent, sentences(context)));
                } catch (Exception | AssertionError e) {
                    missing.add(scenario.metric() + ": " + e.getMessage());
                    failed = scenario.metric();
                }
            }
        }
        try {
            metrics.add(mouthToEar(context, directory));
        } catch (Exception | AssertionError e) {
            missing.add("mouth_to_ear: " + e.getMessage());
        }
        missing.forEach(m -> System.out.println("bench:   quality: left out " + m.lines().findFirst().orElse(m)));
        if (metrics.isEmpty()) {
            throw new IllegalStateException("no quality figure could be taken: " + String.join("; ", missing));
        }
        return metrics;
    }

    private static Metric quality(Scenario scenario, Receivers receivers, MonoSignal sent, int sentences) throws Exception {
        String name = scenario.metric().substring("quality_".length());
        Receivers.Heard ours = receivers.agentBar(name, scenario.impairment());
        Receivers.Heard theirs = receivers.baresip(scenario.impairment());
        BandEnvelope.Score ourScore = BandEnvelope.score(sent.samples(), ours.signal().samples(), sent.sampleRate());
        BandEnvelope.Score peerScore = BandEnvelope.score(sent.samples(), theirs.signal().samples(), sent.sampleRate());
        System.out.printf(Locale.ROOT, "bench:   %s: AgentBar %.3f (%d frames, lag %.3f s, spread %.3f s; %s)%n",
                scenario.metric(), ourScore.value(), ourScore.speechFrames(), ourScore.globalLagSeconds(),
                ourScore.lagSpreadSeconds(), ours.relaySummary());
        System.out.printf(Locale.ROOT, "bench:   %s: baresip  %.3f (%d frames, lag %.3f s, spread %.3f s; %s)%n",
                scenario.metric(), peerScore.value(), peerScore.speechFrames(), peerScore.globalLagSeconds(),
                peerScore.lagSpreadSeconds(), theirs.relaySummary());
        String method = String.format(Locale.ROOT, "Band-envelope correlation (24 log bands 100–8000 Hz, 32 ms Hann, "
                        + "speech frames, 0.5 s piecewise cross-correlation alignment) of %d espeak-ng sentences sent by "
                        + "baresip (Opus 48 kHz, 28 kb/s, in-band FEC, 10 %% loss hint) through the loopback relay with "
                        + "%s (same seed), AgentBar's recording (after a 3 s warm-up call) vs baresip's decoder output "
                        + "(-dec.wav); packets lost %.1f %% / %.1f %%",
                sentences, scenario.impairment().describe(), ours.lossFraction() * 100, theirs.lossFraction() * 100);
        return Metric.higherIsBetter(scenario.metric(), "score", ourScore.value(), peerScore.value(), PEER, method);
    }

    private static Metric mouthToEar(BenchContext context, Path directory) throws Exception {
        int clicks = context.pick(6, 15);
        MouthToEar.Result result = MouthToEar.measure(context.launcher(), directory, clicks, context.pick(1, 2));
        System.out.println("bench:   mouth_to_ear: " + result.detail());
        String method = String.format(Locale.ROOT, "Median one-way delay of a click train (every %.3f s, Opus, loopback "
                        + "relay, software devices) through a baresip echo (aubridge): ours = half of AgentBar's "
                        + "mic-file-to-recording round trip (AgentBar↔baresip, after a 3 s warm-up call, %d clicks), "
                        + "peer = the echo's turnaround timed at the relay when a baresip talks to it "
                        + "(baresip↔baresip, %d clicks)",
                ClickTrain.PERIOD_SECONDS, result.agentBarClicks(), result.baresipClicks());
        return Metric.lowerIsBetter("mouth_to_ear", "ms", result.agentBarPair(), result.baresipPair(), PEER, method);
    }
}
