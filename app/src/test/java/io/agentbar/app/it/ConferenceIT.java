package io.agentbar.app.it;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.SignalAnalysis;
import io.agentbar.app.it.signal.Wav;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.media.Codec;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local three-way conference with two baresips through Kamailio: B plays 1000 Hz, C 440 Hz,
 * AgentBar 700 Hz. In the conference each baresip must hear the other's tone and ours, and the
 * agent (its speaker is a file) and a recording of one of the calls must hold both of theirs;
 * leaving it transfers B to C, and B and C go on talking without us.
 */
class ConferenceIT {
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final double B_HZ = 1000;
    private static final double C_HZ = 440;
    private static Kamailio kamailio;
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;
    /** What the agent's speaker played, the whole run in one file as on a sound card. */
    private Path speaker;
    private Path recordings;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002", "1003", "pw-1003"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @BeforeEach
    void startPhone() throws Exception {
        Account account = Account.of("1001", kamailio.host(), kamailio.port(), Transport.UDP);
        Path run = ItPaths.newRunDirectory("conference");
        speaker = run.resolve("agent-heard.wav");
        recordings = run.resolve("recordings");
        phone = PhoneAssembly.headless(PhoneAssembly.Options.files(new AccountOptions(account, Secret.of("pw-1001"), "", 0),
                List.of(Codec.PCMU), Optional.of(ToneFiles.tone("agent", ToneFiles.OURS_HZ, 8000, 1)), Optional.of(speaker))
                .withRecordings(recordings));
        phone.subscribe(events::add);
        phone.start();
        phone.register();
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registered);
    }

    @AfterEach
    void stopPhone() {
        phone.shutdown(Duration.ofSeconds(3));
    }

    /**
     * baresip's decoded-audio dump stops at the first re-INVITE, so only the peer called second (never
     * held) can tell what it heard: the test runs twice, calling B or C second.
     */
    @ParameterizedTest(name = "{0} called second")
    @ValueSource(strings = {"C", "B"})
    void eachPeerHearsTheOtherAndUs(String second) throws Exception {
        try (Baresip b = peer("conf-b", "1002", B_HZ); Baresip c = peer("conf-c", "1003", C_HZ)) {
            boolean cSecond = second.equals("C");
            Baresip held = cSecond ? b : c;
            Baresip listener = cSecond ? c : b;
            CallId[] calls = conference(held, listener, true);
            long sent = listener.awaitRtpReceived(1, STEP);
            listener.awaitRtpReceived(sent + 150, STEP); // three more seconds of the conference
            phone.hangUp(calls[0]);
            phone.hangUp(calls[1]);
            b.awaitCallClosed(STEP);
            c.awaitCallClosed(STEP);
            assertTailCarries(listener.receivedRecording(STEP), second, ToneFiles.OURS_HZ, cSecond ? B_HZ : C_HZ,
                    cSecond ? C_HZ : B_HZ);
        }
    }

    /**
     * The agent hears both far ends (read from the speaker file while the conference runs: a real
     * speaker has no "after"), and a recording of one of the calls keeps the agent on the left and
     * everyone the agent hears, both far ends, on the right.
     */
    @Test
    void agentHearsBothAndTheRecordingHoldsBothOnTheRight() throws Exception {
        try (Baresip b = peer("hear-b", "1002", B_HZ); Baresip c = peer("hear-c", "1003", C_HZ)) {
            CallId[] calls = conference(b, c, false);
            phone.startRecording(calls[0], "Conference 4711");
            Path recording = awaitCall(calls[0], s -> !s.recordings().isEmpty()).recordings().getFirst().file();
            long now = c.awaitRtpReceived(1, STEP);
            c.awaitRtpReceived(now + 200, STEP); // four seconds of the conference, by C's own reports

            // flushed once a second: the last 2 s on disk are well inside the conference
            MonoSignal heard = Wav.read(speaker);
            double end = heard.durationSeconds();
            assertThat(end).as("seconds the agent's speaker played").isGreaterThan(4);
            for (double hz : new double[] {B_HZ, C_HZ}) {
                assertThat(CallRecordingFiles.toneShare(heard, end - 2, end, hz))
                        .as("the agent hears %s Hz in %s", hz, speaker).isGreaterThan(0.25);
            }
            assertThat(CallRecordingFiles.toneShare(heard, end - 2, end, ToneFiles.OURS_HZ))
                    .as("the agent does not hear itself").isLessThan(0.02);

            phone.hangUp(calls[0]); // the call's end stops its recording
            phone.hangUp(calls[1]);
            awaitCall(calls[0], s -> s.state().isEnded());
            CallRecordingFiles.awaitFile(CallRecordingFiles.sidecar(recording),
                    json -> json.contains("\"stopped\"") && json.contains("\"Conference 4711\""), STEP);
            CallRecordingFiles.Channels channels = CallRecordingFiles.decode(recording);
            double length = channels.right().durationSeconds();
            assertThat(length).as("seconds recorded").isGreaterThan(3);
            double from = 0.5;
            double to = length - 0.5; // the hang-up's last frames may be silence already
            assertThat(CallRecordingFiles.toneShare(channels.left(), from, to, ToneFiles.OURS_HZ))
                    .as("the agent on the left").isGreaterThan(0.5);
            for (double hz : new double[] {B_HZ, C_HZ}) {
                assertThat(CallRecordingFiles.toneShare(channels.left(), from, to, hz))
                        .as("no far end (%s Hz) on the left", hz).isLessThan(0.02);
                assertThat(CallRecordingFiles.toneShare(channels.right(), from, to, hz))
                        .as("both far ends on the right: %s Hz", hz).isGreaterThan(0.25);
            }
            assertThat(CallRecordingFiles.toneShare(channels.right(), from, to, ToneFiles.OURS_HZ))
                    .as("not the agent on the right").isLessThan(0.02);

            // the speaker file kept the conference after the calls ended (a later call opening a speaker
            // must not wipe what an earlier one played)
            MonoSignal run = Wav.read(speaker);
            int bothHeard = 0;
            for (double t = 0; t + 0.5 <= run.durationSeconds(); t += 0.5) {
                if (CallRecordingFiles.toneShare(run, t, t + 0.5, B_HZ) > 0.25
                        && CallRecordingFiles.toneShare(run, t, t + 0.5, C_HZ) > 0.25) {
                    bothHeard++;
                }
            }
            assertThat(bothHeard / 2.0).as("seconds of the whole run's speaker file with both far ends")
                    .isGreaterThanOrEqualTo(3.5);
        }
    }

    @Test
    void leavingConnectsThePeersWithoutUs() throws Exception {
        try (Baresip b = peer("leave-b", "1002", B_HZ); Baresip c = peer("leave-c", "1003", C_HZ)) {
            CallId[] calls = conference(b, c, false);
            phone.leaveConference(calls[0]);
            CallSnapshot left = awaitCall(calls[0], s -> s.state().isEnded());
            assertThat(left.transfer()).hasValueSatisfying(t -> assertThat(t.succeeded()).isTrue());
            awaitCall(calls[1], s -> s.state().isEnded());
            c.awaitRtpReceived(100, STEP);
            b.hangup();
            ToneFiles.assertCarries(c.receivedRecording(STEP), B_HZ, "C hears B after the agent left");
        }
    }

    /**
     * Calls {@code first}, then {@code second} (which holds the first), and mixes both; returns the two
     * call ids. {@code spaced}: let each call's audio flow first, so baresip, which names its dumps by
     * the second, does not start two in one file.
     */
    private CallId[] conference(Baresip first, Baresip second, boolean spaced) throws InterruptedException {
        CallId one = phone.dial(user(first));
        awaitCall(one, s -> s.state() instanceof CallState.Connected);
        if (spaced) {
            first.awaitRtpReceived(1, STEP);
        }
        CallId two = phone.dial(user(second));
        awaitCall(one, s -> s.hold().local() && !s.hold().pending());
        awaitCall(two, s -> s.state() instanceof CallState.Connected);
        if (spaced) {
            second.awaitRtpReceived(1, STEP);
        }
        phone.conference(one, two);
        awaitCall(one, s -> s.inConference() && !s.hold().any() && !s.hold().pending());
        return new CallId[] {one, two};
    }

    private static String user(Baresip peer) {
        return peer.uri().replaceFirst("^sip:", "").replaceFirst("@.*", "");
    }

    /** The last seconds before the hang-up hold both tones (each about half the energy of a mix), and not our own. */
    private static void assertTailCarries(Path recording, String who, double first, double second, double own) {
        MonoSignal all = Wav.read(recording);
        MonoSignal tail = all.slice(all.durationSeconds() - 2.5, all.durationSeconds() - 0.5);
        for (double hz : new double[] {first, second}) {
            assertThat(SignalAnalysis.toneEnergyRatio(tail.samples(), tail.sampleRate(), hz))
                    .as("%s hears %s Hz in %s", who, hz, recording).isGreaterThan(0.25);
        }
        assertThat(SignalAnalysis.toneEnergyRatio(tail.samples(), tail.sampleRate(), own))
                .as("%s does not hear itself in %s", who, recording).isLessThan(0.02);
    }

    private Baresip peer(String name, String user, double hz) {
        Baresip peer = Baresip.start(BaresipOptions.named(name).autoAnswer(true).codecs("PCMU").tone(hz)
                .registerAt(kamailio, user, "pw-" + user));
        peer.awaitRegistered(STEP);
        return peer;
    }

    private CallSnapshot awaitCall(CallId id, Predicate<CallSnapshot> test) throws InterruptedException {
        return await(PhoneEvent.CallChanged.class, e -> e.call().id().equals(id) && test.test(e.call())).call();
    }

    private <T extends PhoneEvent> T await(Class<T> type, Predicate<T> test) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(e) && test.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching within " + STEP);
    }
}
