package io.agentbar.bench.calls;

import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Items 1–4: call setup, headless ready time, CPU per call and memory, AgentBar beside baresip (and linphonec for
 * ready time). Launches alternate AgentBar, baresip, linphonec so that drift in the machine's load hits all alike;
 * one untimed launch of each goes first, so every timed launch finds its files in the page cache.
 */
public final class CallMeasurements implements Measurement {
    /**
     * AgentBar's shipped Opus complexity. The issue asks for 10, but AgentBar has no flag for it (OpusSettings.defaults
     * is fixed at 8), so baresip is set to 8 as well: the same work for both encoders.
     */
    static final int OPUS_COMPLEXITY = 8;
    private static final Pattern AGENTBAR_OPUS = Pattern.compile("(?i)^connected \\(opus\\)");
    private static final Pattern BARESIP_OPUS = Pattern.compile("Set audio encoder: opus 48000Hz 1ch");

    @Override
    public String name() {
        return "calls";
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        int launches = context.pick(1, 5);
        int calls = context.pick(10, 100);
        Duration settle = Duration.ofSeconds(context.pick(1, 2));
        Duration gap = Duration.ofSeconds(context.pick(0, 20));
        Duration steady = Duration.ofSeconds(context.pick(5, 30));
        Duration callLength = CpuRun.FIRST_WINDOW.plus(gap).plus(steady);
        Path work = Files.createDirectories(context.work().resolve("calls"));
        CallAudio audio = CallAudio.create(work, callLength.plusSeconds(30));
        AgentBarLaunch.prepare(context);

        List<LaunchFigures> ours = new ArrayList<>();
        List<LaunchFigures> baresip = new ArrayList<>();
        List<Double> linphonec = new ArrayList<>();
        CpuFigures ourCpu;
        CpuFigures peerCpu;
        int retransmissions;
        try (SipProbe probe = SipProbe.open()) {
            readyOnce(agentBarForCalls(context, work, audio, calls, "warm-up"), probe);
            readyOnce(BaresipLaunch.start(work, "callee", "PCMU", audio.narrowband(), OPUS_COMPLEXITY, Optional.empty()),
                    probe);
            readyOnce(LinphonecLaunch.start(work), probe);
            for (int launch = 1; launch <= launches; launch++) {
                try (PhoneUnderTest phone = agentBarForCalls(context, work, audio, calls, "launch" + launch)) {
                    ours.add(LaunchRun.measure(phone, probe, calls, settle));
                    AgentBarLaunch.requireNoBuild(phone);
                }
                try (PhoneUnderTest phone = BaresipLaunch.start(work, "callee", "PCMU", audio.narrowband(),
                        OPUS_COMPLEXITY, Optional.empty())) {
                    baresip.add(LaunchRun.measure(phone, probe, calls, settle));
                }
                linphonec.add(readyOnce(LinphonecLaunch.start(work), probe));
            }
            int seconds = (int) callLength.toSeconds() + 30;
            try (PhoneUnderTest phone = AgentBarLaunch.answer(context, "cpu", "opus", 1, seconds, audio.wideband(),
                    work.resolve("agentbar-cpu-received.wav"))) {
                ourCpu = CpuRun.measure(phone, AGENTBAR_OPUS, probe, work, audio.wideband(), OPUS_COMPLEXITY, gap, steady);
                AgentBarLaunch.requireNoBuild(phone);
            }
            try (PhoneUnderTest phone = BaresipLaunch.start(work, "callee", BaresipLaunch.OPUS, audio.wideband(),
                    OPUS_COMPLEXITY, Optional.empty())) {
                peerCpu = CpuRun.measure(phone, BARESIP_OPUS, probe, work, audio.wideband(), OPUS_COMPLEXITY, gap, steady);
            }
            retransmissions = probe.retransmissions();
        }
        return metrics(ours, baresip, linphonec, ourCpu, peerCpu, calls, launches, settle, gap, steady, retransmissions);
    }

    private static PhoneUnderTest agentBarForCalls(BenchContext context, Path work, CallAudio audio, int calls,
                                                   String label) {
        // one more call than placed, so it is still waiting (alive, measurable) after the last one
        return AgentBarLaunch.answer(context, label, "pcmu", calls + 1, 30, audio.narrowband(),
                work.resolve("agentbar-" + label + "-received.wav"));
    }

    /** One start until the first 200 to OPTIONS, then stop; returns the ready time in ms. */
    private static double readyOnce(PhoneUnderTest phone, SipProbe probe) {
        try (phone) {
            return LaunchRun.readyMillis(phone, probe);
        }
    }

    private static List<Metric> metrics(List<LaunchFigures> ours, List<LaunchFigures> baresip, List<Double> linphonec,
                                        CpuFigures ourCpu, CpuFigures peerCpu, int calls, int launches, Duration settle,
                                        Duration gap, Duration steady, int retransmissions) {
        Duration callLength = CpuRun.FIRST_WINDOW.plus(gap).plus(steady);
        String launched = "AgentBar via `./agentbar answer --no-register` (launcher and default JVM flags included), "
                + "baresip 1.0.0 auto-answering (aufile mic, sndfile recording, silent aubridge speaker)";
        String setup = String.format(Locale.ROOT, "the bench's raw-UDP SIP probe on loopback times INVITE (PCMU offer) to "
                + "200 OK from the first send (%d retransmissions in this run), then ACK+BYE, next call once the callee "
                + "logs the last one over; %d calls x %d launch(es); %s", retransmissions, calls, launches, launched);
        String ready = String.format(Locale.ROOT, "Median of %d launch(es) (after 1 untimed launch each): process start to "
                + "the first 200 OK to OPTIONS pinged every %d ms; %s; linphonec 5.1 = `linphonec -c rc`", launches,
                LaunchRun.PING_INTERVAL.toMillis(), launched);
        String cpu = String.format(Locale.ROOT, "freshly started callee called by a baresip; mono Opus 32 kb/s, complexity "
                + "%d both ways (AgentBar has no flag for 10), VOIP, FEC, espeak-ng speech WAV in, received audio to WAV; "
                + "utime+stime of the callee from /proc/PID/stat; %s", OPUS_COMPLEXITY, launched);
        String memory = "VmRSS of the callee from /proc/PID/status; " + launched;
        List<Double> ourLater = flat(ours, LaunchFigures::laterCallsMs);
        List<Double> peerLater = flat(baresip, LaunchFigures::laterCallsMs);
        return List.of(
                Metric.lowerIsBetter("call_setup_p50", "ms", Samples.median(ourLater), Samples.median(peerLater), "baresip",
                        "Median INVITE to 200 OK of calls 2.." + calls + ": " + setup),
                Metric.lowerIsBetter("call_setup_p95", "ms", Samples.percentile(ourLater, 95),
                        Samples.percentile(peerLater, 95), "baresip", "95th percentile INVITE to 200 OK of calls 2.."
                                + calls + ": " + setup),
                Metric.lowerIsBetter("call_setup_first", "ms", median(ours, LaunchFigures::firstCallMs),
                        median(baresip, LaunchFigures::firstCallMs), "baresip", "INVITE to 200 OK of the first call after "
                                + "process start (" + settle.toSeconds() + " s after ready), median of launches: " + setup),
                Metric.lowerIsBetter("ready_headless", "ms", median(ours, LaunchFigures::readyMs),
                        median(baresip, LaunchFigures::readyMs), "baresip", ready),
                Metric.lowerIsBetter("ready_headless_linphonec", "ms", median(ours, LaunchFigures::readyMs),
                        Samples.median(linphonec), "linphonec", ready),
                Metric.lowerIsBetter("cpu_per_call", "% of a core", ourCpu.steadyPercent(), peerCpu.steadyPercent(),
                        "baresip", "CPU over " + steady.toSeconds() + " s of call from "
                                + CpuRun.FIRST_WINDOW.plus(gap).toSeconds() + " s after it was established, as % of one "
                                + "core: " + cpu),
                Metric.lowerIsBetter("cpu_first_call_10s", "ms", ourCpu.firstWindowCpuMs(), peerCpu.firstWindowCpuMs(),
                        "baresip", "CPU time in the first " + CpuRun.FIRST_WINDOW.toSeconds() + " s of the first call after "
                                + "process start (JIT warm-up included): " + cpu),
                Metric.lowerIsBetter("rss_idle", "MiB", median(ours, LaunchFigures::rssIdleMib),
                        median(baresip, LaunchFigures::rssIdleMib), "baresip", "Idle, " + settle.toSeconds()
                                + " s after ready, listening, before any call, median of launches: " + memory),
                Metric.lowerIsBetter("rss_in_call", "MiB", ourCpu.rssInCallMib(), peerCpu.rssInCallMib(), "baresip",
                        "In an established Opus call, " + callLength.toSeconds() + " s after it was established "
                                + "(end of the CPU run): " + memory),
                Metric.lowerIsBetter("rss_growth_per_call", "KiB", median(ours, LaunchFigures::growthKibPerCall),
                        median(baresip, LaunchFigures::growthKibPerCall), "baresip", "(RSS after call " + calls
                                + " - RSS after call 1) / " + (calls - 1) + ", sequential PCMU probe calls, median of "
                                + "launches: " + memory));
    }

    private static double median(List<LaunchFigures> launches, Function<LaunchFigures, Double> figure) {
        return Samples.median(launches.stream().map(figure).toList());
    }

    private static List<Double> flat(List<LaunchFigures> launches, Function<LaunchFigures, List<Double>> figures) {
        return launches.stream().flatMap(l -> figures.apply(l).stream()).toList();
    }
}
