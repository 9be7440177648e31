package io.agentbar.bench.secure;

import io.agentbar.app.Main;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.bench.BenchContext;
import io.agentbar.bench.Measurement;
import io.agentbar.bench.Metric;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the WebRTC profile takes to carry protected audio: a baresip callee with
 * {@code mediaenc=dtls_srtp;medianat=ice} is called by AgentBar and by another baresip, alternately,
 * and the callee's own event clock times each call from the offer's arrival to DTLS-SRTP being up
 * ({@code CALL_MENC}) and to the caller's first SRTP packet ({@code CALL_RTPESTAB}). The same
 * observer for both callers, so both include the same answer and the same callee work.
 */
public final class SecureSetupMeasurements implements Measurement {
    private static final Pattern EVENT_TIME = Pattern.compile("^## (\\d{2}:\\d{2}:\\d{2}\\.\\d+) ");
    private static final Duration STEP = Duration.ofSeconds(20);

    @Override
    public String name() {
        return "secure";
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        int calls = context.pick(3, 15);
        List<double[]> ours = new ArrayList<>();
        List<double[]> theirs = new ArrayList<>();
        try (Baresip callee = Baresip.start(BaresipOptions.named("secure-callee").autoAnswer(true)
                .codecs("opus/48000/2").webrtcMedia());
             Baresip caller = Baresip.start(BaresipOptions.named("secure-caller").codecs("opus/48000/2")
                     .webrtcMedia())) {
            // one untimed call each: class loading, JIT and the SRTP cipher warm-up are not call setup
            agentBarCall(callee);
            baresipCall(caller, callee);
            for (int i = 0; i < calls; i++) {
                ours.add(agentBarCall(callee));
                theirs.add(baresipCall(caller, callee));
            }
        }
        String how = " (baresip callee with dtls_srtp+ice times it from the offer's arrival; median of " + calls
                + " calls per caller, after one warm-up call each)";
        return List.of(
                Metric.lowerIsBetter("webrtc_offer_to_dtls_srtp_p50", "ms", median(ours, 0), median(theirs, 0),
                        "baresip", "WebRTC-profile call, offer received → DTLS-SRTP established at the callee" + how),
                Metric.lowerIsBetter("webrtc_offer_to_first_srtp_p50", "ms", median(ours, 1), median(theirs, 1),
                        "baresip", "WebRTC-profile call, offer received → caller's first SRTP packet at the callee" + how));
    }

    private static double[] agentBarCall(Baresip callee) throws Exception {
        int mark = callee.process().lineCount();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int exit = Main.run(List.of("call", callee.directUri(), "--no-register", "--server", "127.0.0.1",
                "--bind", "127.0.0.1", "--user", "bench", "--media", "webrtc", "--codec", "opus", "--seconds", "1"),
                Map.of(), quiet, quiet);
        if (exit != 0) {
            throw new IllegalStateException("AgentBar's WebRTC call failed (exit " + exit + ")");
        }
        double[] figures = figures(callee.process(), mark);
        callee.awaitCallClosed(STEP);
        return figures;
    }

    private static double[] baresipCall(Baresip caller, Baresip callee) {
        int mark = callee.process().lineCount();
        caller.dial(callee.directUri());
        double[] figures = figures(callee.process(), mark);
        caller.hangup();
        caller.awaitCallClosed(STEP);
        callee.awaitCallClosed(STEP);
        return figures;
    }

    /** {offer → DTLS-SRTP, offer → first SRTP} in ms, from the callee's event times. */
    private static double[] figures(PeerProcess callee, int mark) {
        long offer = time(callee.awaitLine(event("CALL_REMOTE_SDP"), mark, STEP).line());
        long secured = time(callee.awaitLine(event("CALL_MENC"), mark, STEP).line());
        long media = time(callee.awaitLine(event("CALL_RTPESTAB"), mark, STEP).line());
        return new double[]{(secured - offer) / 1e6, (media - offer) / 1e6};
    }

    private static Pattern event(String type) {
        return Pattern.compile("^## \\S+ ctrl_tcp event " + type + " ");
    }

    private static long time(String line) {
        Matcher m = EVENT_TIME.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no time in " + line);
        }
        return LocalTime.parse(m.group(1)).toNanoOfDay();
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
