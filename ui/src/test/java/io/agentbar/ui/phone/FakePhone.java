package io.agentbar.ui.phone;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentRequest;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.recording.RecordingInfo;
import io.agentbar.core.registration.RegistrationState;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A scripted phone: it records the commands it gets and answers them with the events the real
 * phone would publish, on its own "signalling" thread (or the caller's, for toolkit-free tests).
 * Tests play the far end through {@link #ring}, {@link #remoteAnswer}, {@link #remoteHangUp} ...
 */
public final class FakePhone extends FakeCallBook implements PhoneControls {
    /** Every command received, as text: "dial 1002", "answer", "mic true" ... */
    public final List<String> commands = new CopyOnWriteArrayList<>();
    /** Every DTMF key sent, in order. */
    public final List<Character> dtmf = new CopyOnWriteArrayList<>();
    private volatile boolean farEndAnswers = true;
    private volatile boolean microphoneMuted;
    private volatile boolean speakerMuted;
    private final FakeAgent agent;

    private FakePhone(Clock clock, ExecutorService signalling) {
        super(clock, signalling);
        this.agent = new FakeAgent(clock);
    }

    /** Publishes on the calling thread: for view-model tests with {@link FxBridge#direct()}. */
    public static FakePhone synchronous(Clock clock) {
        return new FakePhone(clock, null);
    }

    /** Publishes on its own thread, as the real phone does: for UI tests. */
    public static FakePhone threaded(Clock clock) {
        return new FakePhone(clock, Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-signalling")));
    }

    /** When false, outgoing calls stay "Ringing…" until {@link #remoteAnswer}. */
    public FakePhone farEndAnswers(boolean answers) {
        this.farEndAnswers = answers;
        return this;
    }

    // ---- PhoneControls ----------------------------------------------------------------------

    @Override
    public String account() {
        return "1001@pbx.example.com";
    }

    @Override
    public void register() {
        commands.add("register");
        run(() -> publish(new PhoneEvent.RegistrationChanged(new RegistrationState.Registering(1))));
    }

    @Override
    public CallId dial(String typed) {
        commands.add("dial " + typed);
        CallId id = CallId.random();
        run(() -> {
            holdOthers(id, List.of());
            change(new CallSnapshot(id, Direction.OUTGOING, new Party(typed, ""), new CallState.Dialing(),
                    new MediaState.Idle(), clock.instant(), Optional.empty(), Optional.empty()));
            change(with(id, new CallState.Alerting(false)));
            if (farEndAnswers) {
                connect(id);
            }
        });
        return id;
    }

    @Override
    public void answer(CallId id) {
        commands.add("answer " + id);
        run(() -> connect(id));
    }

    @Override
    public void reject(CallId id) {
        commands.add("reject " + id);
        run(() -> ifPresent(id, c -> change(with(id, new CallState.Ended(EndReason.REJECTED, 603)))));
    }

    @Override
    public void hangUp(CallId id) {
        commands.add("hangUp " + id);
        run(() -> {
            CallSnapshot c = calls.get(id);
            if (c == null || c.state().isEnded()) {
                return;
            }
            boolean wasUp = c.state() instanceof CallState.Connected;
            change(with(id, new CallState.Ending()));
            change(with(id, new CallState.Ended(wasUp ? EndReason.LOCAL_HANGUP : EndReason.CANCELLED, 0)));
        });
    }

    @Override
    public void forward(CallId id, String target) {
        commands.add("forward " + id + " " + target);
        run(() -> ifPresent(id, c -> {
            if (c.state() instanceof CallState.Ringing) {
                change(with(id, new CallState.Ended(EndReason.FORWARDED, 302)));
            } else {
                transfer(id, target);
            }
        }));
    }

    @Override
    public void cancelAutoAnswer(CallId id) {
        commands.add("cancelAutoAnswer " + id);
        run(() -> ifPresent(id, c -> change(Snapshots.autoAnswer(c, Optional.empty()))));
    }

    /** Like the real phone: hold splits a conference; the far end agrees at once (pending, then held). */
    @Override
    public void hold(CallId id) {
        commands.add("hold " + id);
        run(() -> ifConnected(id, c -> {
            splitConference(c);
            CallSnapshot now = calls.get(id);
            change(Snapshots.hold(now, new CallSnapshot.Hold(true, now.hold().remote(), true)));
            change(Snapshots.hold(calls.get(id), new CallSnapshot.Hold(true, now.hold().remote(), false)));
        }));
    }

    @Override
    public void resume(CallId id) {
        commands.add("resume " + id);
        run(() -> ifConnected(id, c -> {
            holdOthers(id, List.of());
            change(Snapshots.hold(c, new CallSnapshot.Hold(false, c.hold().remote(), false)));
        }));
    }

    @Override
    public void transfer(CallId id, String target) {
        commands.add("transfer " + id + " " + target);
        run(() -> ifConnected(id, c -> change(Snapshots.transfer(c,
                Optional.of(new CallSnapshot.TransferStatus(target, 0, "", false))))));
    }

    @Override
    public void transfer(CallId id, CallId consultation) {
        commands.add("transfer " + id + " to call " + consultation);
        run(() -> ifConnected(id, c -> ifConnected(consultation, consult -> change(Snapshots.transfer(c,
                Optional.of(new CallSnapshot.TransferStatus(consult.remote().uri(), 0, "", false)))))));
    }

    @Override
    public void conference(CallId a, CallId b) {
        commands.add("conference " + a + " " + b);
        run(() -> ifConnected(a, ca -> ifConnected(b, cb -> {
            change(Snapshots.conferencedWith(Snapshots.hold(ca, CallSnapshot.Hold.NONE), List.of(b)));
            change(Snapshots.conferencedWith(Snapshots.hold(cb, CallSnapshot.Hold.NONE), List.of(a)));
            holdOthers(a, List.of(b));
        })));
    }

    @Override
    public void split(CallId keep) {
        commands.add("split " + keep);
        run(() -> ifConnected(keep, c -> {
            splitConference(c);
            holdOthers(keep, List.of());
        }));
    }

    /** The agent drops out: both far ends are joined (transfer with Replaces), both calls end. */
    @Override
    public void leaveConference(CallId id) {
        commands.add("leaveConference " + id);
        run(() -> ifConnected(id, c -> {
            if (!c.inConference()) {
                publish(new PhoneEvent.CommandRefused("The call is not in a conference"));
                return;
            }
            CallSnapshot other = calls.get(c.conferencedWith().getFirst());
            change(Snapshots.transfer(c, Optional.of(new CallSnapshot.TransferStatus(other.remote().uri(), 0, "", false))));
            transferProgress(id, 200, "OK", true);
            change(with(other.id(), new CallState.Ended(EndReason.LOCAL_HANGUP, 0)));
        }));
    }

    @Override
    public void startRecording(CallId id, String title) {
        commands.add("startRecording " + id + " " + title);
        run(() -> ifConnected(id, c -> {
            if (c.recordings().size() >= 2) {
                publish(new PhoneEvent.CommandRefused("A call has at most two recordings"));
                return;
            }
            int number = c.recordings().stream().anyMatch(r -> r.number() == 1) ? 2 : 1;
            List<RecordingInfo> now = new ArrayList<>(c.recordings());
            now.add(new RecordingInfo(number, Path.of("rec-" + number + ".ogg"), title, false));
            change(Snapshots.recordings(c, now));
        }));
    }

    @Override
    public void pauseRecording(CallId id, int number) {
        commands.add("pauseRecording " + id + " " + number);
        run(() -> editRecording(id, number, r -> new RecordingInfo(r.number(), r.file(), r.title(), true)));
    }

    @Override
    public void resumeRecording(CallId id, int number) {
        commands.add("resumeRecording " + id + " " + number);
        run(() -> editRecording(id, number, r -> new RecordingInfo(r.number(), r.file(), r.title(), false)));
    }

    @Override
    public void stopRecording(CallId id, int number) {
        commands.add("stopRecording " + id + " " + number);
        run(() -> editRecording(id, number, r -> null));
    }

    @Override
    public void sendDtmf(CallId id, char digit) {
        commands.add("dtmf " + id + " " + digit);
        dtmf.add(digit);
        run(() -> {
            if (!(calls.get(id) != null && calls.get(id).state() instanceof CallState.Connected)) {
                publish(new PhoneEvent.CommandRefused("Digits can only be sent in a connected call"));
            }
        });
    }

    /** Like a PBX that agrees at once: pending, then paused. */
    @Override
    public void pauseServerRecording(CallId id) {
        commands.add("pauseServerRecording " + id);
        run(() -> ifPresent(id, c -> c.serverRecording().ifPresent(r -> {
            change(Snapshots.serverRecording(c, Optional.of(new CallSnapshot.ServerRecording(false, true))));
            change(Snapshots.serverRecording(calls.get(id), Optional.of(new CallSnapshot.ServerRecording(true, false))));
        })));
    }

    @Override
    public void resumeServerRecording(CallId id) {
        commands.add("resumeServerRecording " + id);
        run(() -> ifPresent(id, c -> c.serverRecording().ifPresent(r ->
                change(Snapshots.serverRecording(c, Optional.of(CallSnapshot.ServerRecording.ACTIVE))))));
    }

    @Override
    public void subscribeAgent(Consumer<AgentEvent> listener) {
        run(() -> agent.subscribe(listener));
    }

    @Override
    public void pause(PauseReason reason) {
        commands.add("pause " + reason.name());
        run(() -> agent.pause(Optional.of(reason), Set.of(), this::publish));
    }

    @Override
    public void pause(Optional<PauseReason> reason, Set<Channel> channels) {
        commands.add("pause " + reason.map(PauseReason::name).orElse("") + " " + tokens(channels));
        run(() -> agent.pause(reason, channels, this::publish));
    }

    @Override
    public void ready() {
        commands.add("ready");
        run(() -> agent.request(AgentRequest.Ready.everywhere(), this::publish));
    }

    @Override
    public void ready(Set<Channel> channels) {
        commands.add("ready " + tokens(channels));
        run(() -> agent.request(new AgentRequest.Ready(channels), this::publish));
    }

    private static String tokens(Set<Channel> channels) {
        return new TreeSet<>(channels.stream().map(Channel::token).toList()).toString();
    }

    @Override
    public void setMicrophoneMuted(boolean muted) {
        commands.add("mic " + muted);
        run(() -> {
            microphoneMuted = muted;
            publish(new PhoneEvent.AudioControlsChanged(microphoneMuted, speakerMuted));
        });
    }

    @Override
    public void setSpeakerMuted(boolean muted) {
        commands.add("speaker " + muted);
        run(() -> {
            speakerMuted = muted;
            publish(new PhoneEvent.AudioControlsChanged(microphoneMuted, speakerMuted));
        });
    }

    @Override
    public void setRingtoneEnabled(boolean enabled) {
        commands.add("ringtone " + enabled);
    }

    // ---- the far end and the network --------------------------------------------------------

    public void registration(RegistrationState state) {
        run(() -> publish(new PhoneEvent.RegistrationChanged(state)));
    }

    public CallId ring(Party from) {
        CallId id = CallId.random();
        run(() -> change(new CallSnapshot(id, Direction.INCOMING, from, new CallState.Ringing(),
                new MediaState.Idle(), clock.instant(), Optional.empty(), Optional.empty())));
        return id;
    }

    /** A call that the phone will answer by itself after {@code delay} unless the agent cancels. */
    public CallId ringWithAutoAnswer(Party from, Duration delay) {
        CallId id = CallId.random();
        run(() -> change(Snapshots.autoAnswer(new CallSnapshot(id, Direction.INCOMING, from, new CallState.Ringing(),
                new MediaState.Idle(), clock.instant(), Optional.empty(), Optional.empty()),
                Optional.of(clock.instant().plus(delay)))));
        return id;
    }

    /**
     * The transfer target's progress (sipfrag status); a final 2xx ends the transferred call as the
     * real phone does, a failure leaves it connected with the failure shown.
     */
    public void transferProgress(CallId id, int status, String reason, boolean done) {
        run(() -> ifPresent(id, c -> {
            if (c.transfer().isEmpty()) {
                return;
            }
            CallSnapshot.TransferStatus t = new CallSnapshot.TransferStatus(c.transfer().get().target(), status, reason, done);
            change(Snapshots.transfer(c, Optional.of(t)));
            if (t.succeeded()) {
                change(with(id, new CallState.Ended(EndReason.LOCAL_HANGUP, 0)));
            }
        }));
    }

    // ---- the agent's server side ------------------------------------------------------------

    public void agentSettings(AgentSettings settings) {
        run(() -> agent.configure(settings));
    }

    /** The account registered at {@code since} (the first timer starts there). */
    public void agentConnected(Instant since) {
        run(() -> agent.connected(Optional.of(since)));
    }

    /** A queue call the phone refused because the agent is paused on voice. */
    public void refuseQueueCall(Party from) {
        run(() -> agent.refuseCall(from));
    }

    public AgentStatus agentStatus() {
        return agent.status();
    }

    /** The PBX says (or stops saying) it records the call. */
    public void pbxRecording(CallId id, Optional<CallSnapshot.ServerRecording> recording) {
        run(() -> ifPresent(id, c -> change(Snapshots.serverRecording(c, recording))));
    }

    public void refuse(String message) {
        run(() -> publish(new PhoneEvent.CommandRefused(message)));
    }

    public void failDevice(String device) {
        run(() -> publish(new PhoneEvent.AudioDeviceFailed(device, "unplugged")));
    }
}
