package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.Wav;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One impaired call per receiver: the same baresip sender plays the speech file through a fresh relay with the
 * scenario's settings and seed to AgentBar ({@code agentbar answer --record}) or to a baresip (its decoder output,
 * {@code -dec.wav}); the sender's aufile ends the call when the speech is over.
 */
final class Receivers {
    private static final Duration STEP = Duration.ofSeconds(20);
    /** Three seconds of 20 ms packets. */
    static final int WARM_UP_PACKETS = 150;

    /** What one receiver heard, and what the relay did to the stream it got. */
    record Heard(MonoSignal signal, String relaySummary, double lossFraction) {
    }

    private final Path launcher;
    private final Path directory;
    private final Baresip sender;
    private final Baresip baresipReceiver;
    private final Duration callLimit;

    /**
     * @param sender          baresip playing the speech, not auto-answering
     * @param baresipReceiver baresip auto-answering with Opus
     * @param speechSeconds   length of the speech file (the call's length)
     */
    Receivers(Path launcher, Path directory, Baresip sender, Baresip baresipReceiver, double speechSeconds) {
        this.launcher = launcher;
        this.directory = directory;
        this.sender = sender;
        this.baresipReceiver = baresipReceiver;
        this.callLimit = Duration.ofSeconds((long) Math.ceil(speechSeconds) + 20);
    }

    /**
     * AgentBar answers two calls: an unimpaired warm-up call of {@value #WARM_UP_PACKETS} packets (the JIT has
     * compiled the media path by then, as in any phone that has taken a call since it started), then the measured one.
     */
    Heard agentBar(String scenario, Impairment impairment) throws Exception {
        Path record = directory.resolve("agentbar-" + scenario + ".wav");
        try (AgentBarPhone agentBar = AgentBarPhone.answer(launcher, "rx-" + scenario, null, record, 2,
                (int) callLimit.toSeconds())) {
            try (ImpairmentRelay warmUp = relay(agentBar.sipPort(), Impairment.none())) {
                sender.dial(warmUp.uri("rx"));
                sender.awaitCallEstablished(STEP);
                if (!warmUp.media().awaitForwarded(MediaLeg.Direction.TO_CALLEE, WARM_UP_PACKETS, STEP)) {
                    throw new IllegalStateException("warm-up call carried no audio: " + warmUp.media().summary());
                }
                sender.hangup();
                sender.awaitCallClosed(STEP);
                agentBar.awaitNext(AgentBarPhone.ENDED, STEP);
            }
            try (ImpairmentRelay relay = relay(agentBar.sipPort(), impairment)) {
                agentBar.awaitNext(AgentBarPhone.WAITING, STEP);
                sender.dial(relay.uri("rx"));
                awaitCall(relay);
                agentBar.awaitNext(AgentBarPhone.ENDED, STEP);
                agentBar.awaitExit(STEP);
                return new Heard(Wav.read(record), relay.media().summary(),
                        relay.media().lossFraction(MediaLeg.Direction.TO_CALLEE));
            }
        }
    }

    Heard baresip(Impairment impairment) throws Exception {
        try (ImpairmentRelay relay = relay(baresipReceiver.sipPort(), impairment)) {
            sender.dial(relay.uri("rx"));
            awaitCall(relay);
            baresipReceiver.awaitCallClosed(STEP);
            return new Heard(Wav.read(baresipReceiver.receivedRecording()), relay.media().summary(),
                    relay.media().lossFraction(MediaLeg.Direction.TO_CALLEE));
        }
    }

    private ImpairmentRelay relay(int calleeSipPort, Impairment impairment) throws Exception {
        return ImpairmentRelay.start(calleeSipPort, impairment, MediaLeg.Direction.TO_CALLEE, false,
                callLimit.plus(STEP).plus(STEP));
    }

    private void awaitCall(ImpairmentRelay relay) {
        try {
            sender.awaitCallEstablished(STEP);
            sender.awaitCallClosed(callLimit);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nrelay SIP trace: " + relay.trace(), e);
        }
    }
}
