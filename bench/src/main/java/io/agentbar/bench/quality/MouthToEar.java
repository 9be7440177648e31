package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.Wav;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Mouth-to-ear delay on software devices, through the relay (no impairment, observing every packet), against a baresip
 * whose player feeds straight back into its source ({@link BaresipEcho}: no device delay in between):
 *
 * <ul>
 *   <li><b>AgentBar↔baresip</b>: the echo calls AgentBar, which plays a click train as microphone and records what
 *       comes back (its second call since launch, see {@link #warmUp}). AgentBar starts its microphone and speaker
 *       clocks together at call start, so a click at file time {@code m} heard at recording time {@code r} took
 *       {@code r - m} for the round trip AgentBar → baresip → AgentBar: AgentBar's send and receive paths plus
 *       baresip's receive and send paths. Half of it is the mean one-way mouth-to-ear of the pair.</li>
 *   <li><b>baresip↔baresip</b>: a baresip plays the same clicks to the echo. baresip's file recording is a decoder
 *       tap, not its playout, so the relay's clock is used instead: the echo's turnaround (click packet in, echoed
 *       click packet out, both decoded and timed at the relay) is baresip's receive path plus its send path, which is
 *       exactly the one-way mouth-to-ear between two such baresips.</li>
 * </ul>
 *
 * The echo's turnaround is also taken in the AgentBar calls, which splits AgentBar's own share out of the round trip.
 */
final class MouthToEar {
    private static final Duration STEP = Duration.ofSeconds(20);

    /** Medians in milliseconds, and the per-click counts and diagnostics behind them. */
    record Result(double agentBarPair, double baresipPair, int agentBarClicks, int baresipClicks, String detail) {
    }

    private MouthToEar() {
    }

    /** {@code rounds} times: one baresip↔baresip call, then one AgentBar↔baresip call, each of {@code clicks} clicks. */
    static Result measure(Path launcher, Path directory, int clicks, int rounds) throws Exception {
        int rate = NetworkAudio.RATE;
        float[] train = ClickTrain.generate(rate, clicks);
        Path mono = directory.resolve("clicks-mono.wav");
        Path stereo = directory.resolve("clicks-stereo.wav");
        Wav.write(mono, train, rate, 1);
        Wav.write(stereo, train, rate, 2);
        double fileSeconds = train.length / (double) rate;
        Duration callLimit = Duration.ofSeconds((long) fileSeconds + 30);
        List<Double> peer = new ArrayList<>();
        List<Double> roundTrips = new ArrayList<>();
        List<Double> echoTurnarounds = new ArrayList<>();
        List<String> pacing = new ArrayList<>();
        try (BaresipEcho echo = BaresipEcho.start(directory);
             Baresip talker = Baresip.start(BaresipOptions.named("talker").codecs("opus/48000/2").sourceWav(stereo))) {
            for (int round = 0; round < rounds; round++) {
                try (ImpairmentRelay relay = ImpairmentRelay.start(echo.sipPort(), Impairment.none(),
                        MediaLeg.Direction.TO_CALLEE, true, callLimit.plusSeconds(30))) {
                    talker.dial(relay.uri("echo"));
                    talker.awaitCallEstablished(STEP);
                    talker.awaitCallClosed(callLimit); // aufile ends the call at the end of the clicks
                    peer.addAll(turnarounds(relay.media().observed(), MediaLeg.Direction.TO_CALLEE));
                    pacing.add("baresip " + pacing(relay.media().observed(), MediaLeg.Direction.TO_CALLEE));
                }
                Path heard = directory.resolve("agentbar-heard-clicks-" + round + ".wav");
                try (AgentBarPhone agentBar = AgentBarPhone.answer(launcher, "talker", mono, heard, 2,
                        (int) Math.ceil(fileSeconds + 1))) {
                    warmUp(echo, agentBar);
                    try (ImpairmentRelay relay = ImpairmentRelay.start(agentBar.sipPort(), Impairment.none(),
                            MediaLeg.Direction.TO_CALLEE, true, callLimit.plusSeconds(30))) {
                        agentBar.awaitNext(AgentBarPhone.WAITING, STEP);
                        echo.dial(relay.uri("talker"));
                        agentBar.awaitNext(AgentBarPhone.CONNECTED, STEP);
                        agentBar.awaitNext(AgentBarPhone.ENDED, callLimit); // AgentBar hangs up after the clicks
                        agentBar.awaitExit(STEP);
                        List<MediaLeg.Packet> observed = relay.media().observed();
                        echoTurnarounds.addAll(turnarounds(observed, MediaLeg.Direction.TO_CALLER));
                        pacing.add("AgentBar " + pacing(observed, MediaLeg.Direction.TO_CALLER));
                    }
                }
                roundTrips.addAll(roundTrips(train, Wav.read(heard), clicks));
            }
        }
        if (roundTrips.size() < 3 || peer.size() < 3) {
            throw new IllegalStateException("too few clicks came back: AgentBar " + roundTrips.size() + " of "
                    + clicks * rounds + ", baresip echo " + peer.size());
        }
        double echoMedian = echoTurnarounds.isEmpty() ? Double.NaN : median(echoTurnarounds);
        String detail = String.format(Locale.ROOT,
                "AgentBar round trips via the baresip echo %s ms (median %.1f), the echo's turnaround in those calls "
                        + "%.1f ms, so AgentBar's own receive+send path %.1f ms; baresip↔baresip echo turnarounds %s ms; "
                        + "talker pacing: %s", rounded(roundTrips), median(roundTrips), echoMedian,
                median(roundTrips) - echoMedian, rounded(peer), String.join("; ", pacing));
        return new Result(median(roundTrips) / 2, median(peer), roundTrips.size(), peer.size(), detail);
    }

    /** Per click: how long after it was in AgentBar's microphone file it was in AgentBar's recording, in ms. */
    private static List<Double> roundTrips(float[] train, MonoSignal recording, int clicks) {
        List<Double> result = new ArrayList<>();
        int rate = NetworkAudio.RATE;
        for (int k = 0; k < clicks; k++) {
            OptionalDouble sent = ClickTrain.detect(train, rate, ClickTrain.clickSeconds(k) - 0.05,
                    ClickTrain.clickSeconds(k) + 0.05);
            if (sent.isEmpty()) {
                continue;
            }
            OptionalDouble back = ClickTrain.detect(recording.samples(), recording.sampleRate(),
                    sent.getAsDouble() + 0.005, sent.getAsDouble() + ClickTrain.PERIOD_SECONDS - 0.005);
            back.ifPresent(t -> result.add((t - sent.getAsDouble()) * 1000));
        }
        return result;
    }

    /**
     * AgentBar's first call after launch runs on a cold JIT; as in quality, the measured call is its second: the echo
     * calls it for {@value Receivers#WARM_UP_PACKETS} packets of AgentBar audio, then hangs up.
     */
    private static void warmUp(BaresipEcho echo, AgentBarPhone agentBar) throws Exception {
        try (ImpairmentRelay relay = ImpairmentRelay.start(agentBar.sipPort(), Impairment.none(),
                MediaLeg.Direction.TO_CALLEE, false, Duration.ofSeconds(60))) {
            echo.dial(relay.uri("talker"));
            agentBar.awaitNext(AgentBarPhone.CONNECTED, STEP);
            if (!relay.media().awaitForwarded(MediaLeg.Direction.TO_CALLER, Receivers.WARM_UP_PACKETS, STEP)) {
                throw new IllegalStateException("warm-up call carried no audio: " + relay.media().summary());
            }
            echo.hangup();
            agentBar.awaitNext(AgentBarPhone.ENDED, STEP);
        }
    }

    /**
     * For each click the talker sent in {@code talker} direction (decoded at the relay), how long until the echoed
     * click came back through the relay, in milliseconds: the echo's receive path plus its send path.
     */
    static List<Double> turnarounds(List<MediaLeg.Packet> observed, MediaLeg.Direction talker) throws Exception {
        MediaLeg.Direction echoed = talker == MediaLeg.Direction.TO_CALLEE
                ? MediaLeg.Direction.TO_CALLER : MediaLeg.Direction.TO_CALLEE;
        NetworkAudio out = NetworkAudio.decode(observed, talker);
        NetworkAudio back = NetworkAudio.decode(observed, echoed);
        List<Double> result = new ArrayList<>();
        if (out.isEmpty() || back.isEmpty()) {
            return result;
        }
        int rate = NetworkAudio.RATE;
        for (double onset : ClickTrain.detectAll(out.samples(), rate)) {
            long sentNanos = out.arrivalNanos((int) Math.round(onset * rate));
            int from = back.firstSampleAt(sentNanos);
            int to = back.firstSampleAt(sentNanos + (long) (ClickTrain.PERIOD_SECONDS * 0.95e9));
            OptionalDouble echo = ClickTrain.detect(back.samples(), rate, from / (double) rate, to / (double) rate);
            if (echo.isPresent()) {
                long backNanos = back.arrivalNanos((int) Math.round(echo.getAsDouble() * rate));
                result.add((backNanos - sentNanos) / 1e6);
            }
        }
        return result;
    }

    /**
     * How evenly a phone sent: gaps between consecutive packets of one direction as they reached the relay, e.g.
     * {@code gaps p50 20.0 / p99 31.2 / max 95.0 ms, 7 bursts}. A late frame followed by a burst of catch-up packets
     * fills the far end's buffers, which then add delay for the rest of the call.
     */
    static String pacing(List<MediaLeg.Packet> observed, MediaLeg.Direction direction) {
        long[] nanos = observed.stream().filter(p -> p.direction() == direction).mapToLong(MediaLeg.Packet::nanos).toArray();
        if (nanos.length < 3) {
            return "no packets";
        }
        List<Double> gaps = new ArrayList<>();
        int bursts = 0;
        for (int i = 1; i < nanos.length; i++) {
            double gap = (nanos[i] - nanos[i - 1]) / 1e6;
            gaps.add(gap);
            if (gap < 5) {
                bursts++;
            }
        }
        List<Double> sorted = gaps.stream().sorted().toList();
        return String.format(Locale.ROOT, "gaps p50 %.1f / p99 %.1f / max %.1f ms, %d under 5 ms",
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)), sorted.getLast(), bursts);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }
}
