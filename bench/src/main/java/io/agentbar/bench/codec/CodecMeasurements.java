package io.agentbar.bench.codec;

import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Item 7: Opus encode and decode time per 20 ms frame, AgentBar's Concentus path (in this JVM, JIT warmed) beside
 * Debian's libopus (a C harness built with gcc -O2), on the same espeak-ng speech with the same settings; decode
 * times both on the very same libopus packets. The timing runs in rounds of one pass over the speech, ours and the
 * peer's alternating, and each figure is the median round: on a shared machine a burst of someone else's load then
 * spoils one round of one side, not the comparison.
 */
public final class CodecMeasurements implements Measurement {
    /** Measured: Concentus reaches its steady speed only after about 10 000 frames on an idle machine. */
    private static final int MIN_WARMUP_FRAMES = 10_000;
    /** The first frames of a fresh encoder/decoder, timed as the cost before the JIT has caught up. */
    private static final int COLD_FRAMES = SpeechSignal.MIN_FRAMES;

    @Override
    public String name() {
        return "codec";
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        Path directory = Files.createDirectories(context.work().resolve("codec"));
        LibopusHarness libopus = LibopusHarness.compile(directory);
        String version = libopus.version();
        SpeechSignal speech = SpeechSignal.create(directory);
        int pass = speech.frames();
        // one untimed pass of libopus gives the packets both decoders cycle through
        Path packets = directory.resolve("libopus-packets.bin");
        libopus.encode(speech, packets, 0, pass);
        ConcentusPath ours = new ConcentusPath(speech, ConcentusPath.read(packets));

        // whole passes, so every round of either side starts at the first frame of the speech; bounded so the quick
        // mode stays within its time even on a busy machine (a warm-up that did not settle is said in the method)
        FrameTiming coldEncode = ours.encode(COLD_FRAMES);
        ours.encode(pass - COLD_FRAMES);
        JitWarmup.Result encodeWarmup = JitWarmup.run(ours::encode, pass, MIN_WARMUP_FRAMES,
                Duration.ofSeconds(context.pick(30, 60)));
        FrameTiming coldDecode = ours.decode(COLD_FRAMES);
        ours.decode(pass - COLD_FRAMES);
        JitWarmup.Result decodeWarmup = JitWarmup.run(ours::decode, pass, MIN_WARMUP_FRAMES,
                Duration.ofSeconds(context.pick(15, 30)));

        int rounds = Math.ceilDiv(context.pick(3_000, 20_000), pass);
        Path scratch = directory.resolve("round-packets.bin");
        List<FrameTiming> ourEncode = new ArrayList<>();
        List<FrameTiming> peerEncode = new ArrayList<>();
        List<FrameTiming> ourDecode = new ArrayList<>();
        List<FrameTiming> peerDecode = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // libopus warms its caches on one pass per round; it has no JIT to wait for
            peerEncode.add(libopus.encode(speech, scratch, pass, pass));
            ourEncode.add(ours.encode(pass));
            peerDecode.add(libopus.decode(packets, pass, pass));
            ourDecode.add(ours.decode(pass));
        }

        String common = String.format(Locale.ROOT, "median of %d rounds (ours and libopus alternating) of one pass over "
                + "%d frames (%.1f s) of espeak-ng speech, 48 kHz mono", rounds, pass, pass * 0.02);
        String settings = "32 kb/s, complexity 10, VOIP, voice, constrained VBR, in-band FEC on, 10 % loss hint";
        String encodeMethod = String.format(Locale.ROOT, "Wall time per 20 ms frame encoded, %s, %s; %s; ours = AgentBar's "
                + "OpusAudioEncoder (Concentus, tonality analysis off as the app ships it) in the bench JVM, peer = %s "
                + "(float build, analysis on at complexity >= 7) in a gcc -O2 C harness; mean packet %.1f B ours vs %.1f B "
                + "peer; rounds ours %s µs, peer %s µs; ours with a cold JIT (first %d frames) %.0f µs", common,
                warmup(encodeWarmup, pass), settings, version, median(ourEncode, FrameTiming::bytesPerFrame),
                median(peerEncode, FrameTiming::bytesPerFrame), range(ourEncode), range(peerEncode), COLD_FRAMES,
                coldEncode.microsPerFrame());
        String decodeMethod = String.format(Locale.ROOT, "Wall time per 20 ms packet decoded, %s, %s; both decode the same "
                + "%s packets (%s); ours = AgentBar's OpusAudioDecoder (Concentus) in the bench JVM, peer = %s opus_decode "
                + "in a gcc -O2 C harness; rounds ours %s µs, peer %s µs; ours with a cold JIT (first %d packets) %.0f µs",
                common, warmup(decodeWarmup, pass), version, settings, version, range(ourDecode), range(peerDecode),
                COLD_FRAMES, coldDecode.microsPerFrame());
        return List.of(
                Metric.lowerIsBetter("opus_encode_frame", "µs", median(ourEncode, FrameTiming::microsPerFrame),
                        median(peerEncode, FrameTiming::microsPerFrame), version, encodeMethod),
                Metric.lowerIsBetter("opus_decode_frame", "µs", median(ourDecode, FrameTiming::microsPerFrame),
                        median(peerDecode, FrameTiming::microsPerFrame), version, decodeMethod));
    }

    /** {@code extra}: the frames run before the settling check (the cold sample's pass). */
    private static String warmup(JitWarmup.Result result, int extra) {
        return String.format(Locale.ROOT, "ours after %d warm-up frames %s", result.frames() + extra, result.settled()
                ? "(until the JIT compiled for <= " + Math.round(JitWarmup.SETTLED_SHARE * 100) + " % of "
                        + JitWarmup.WINDOW.toSeconds() + " s)"
                : "(time cap reached while the JIT was still compiling)");
    }

    /** The spread of the rounds, e.g. {@code 440-470}: how much the machine's noise moved them. */
    private static String range(List<FrameTiming> rounds) {
        DoubleSummaryStatistics s = rounds.stream().mapToDouble(FrameTiming::microsPerFrame).summaryStatistics();
        return s.getMin() >= 10 ? String.format(Locale.ROOT, "%.0f-%.0f", s.getMin(), s.getMax())
                : String.format(Locale.ROOT, "%.1f-%.1f", s.getMin(), s.getMax());
    }

    static double median(List<FrameTiming> rounds, ToDoubleFunction<FrameTiming> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
