package io.agentbar.ui.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A scripted phone: it records the commands it gets and answers them with the events the real
 * phone would publish, on its own "signalling" thread (or the caller's, for toolkit-free tests).
 * Tests play the far end through {@link #ring}, {@link #remoteAnswer}, {@link #remoteHangUp} ...
 */
public final class FakePhone implements PhoneControls, PhoneEvents, AutoCloseable {
    public static final NegotiatedMedia OPUS = new NegotiatedMedia(PayloadFormat.opus(111), Optional.empty(),
            new InetSocketAddress("127.0.0.1", 40000), new InetSocketAddress("127.0.0.1", 40001),
            MediaDirection.SENDRECV, 20);

    private final Clock clock;
    private final ExecutorService signalling;
    private final List<Consumer<PhoneEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Map<CallId, CallSnapshot> calls = new ConcurrentHashMap<>();
    /** Every command received, as text: "dial 1002", "answer", "mic true" ... */
    public final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile boolean farEndAnswers = true;
    private volatile boolean microphoneMuted;
    private volatile boolean speakerMuted;

    private FakePhone(Clock clock, ExecutorService signalling) {
        this.clock = clock;
        this.signalling = signalling;
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
    public void subscribe(Consumer<PhoneEvent> listener) {
        listeners.add(listener);
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

    public void remoteAnswer(CallId id) {
        run(() -> connect(id));
    }

    public void remoteHangUp(CallId id) {
        run(() -> ifPresent(id, c -> change(with(id, new CallState.Ended(EndReason.REMOTE_HANGUP, 0)))));
    }

    /** The caller gave up while it rang. */
    public void remoteCancel(CallId id) {
        run(() -> ifPresent(id, c -> change(with(id, new CallState.Ended(EndReason.MISSED, 487)))));
    }

    public void fail(CallId id, int status) {
        run(() -> ifPresent(id, c -> change(with(id, new CallState.Ended(EndReason.forStatus(status), status)))));
    }

    public void media(CallId id, MediaState media) {
        run(() -> ifPresent(id, c -> change(new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), media,
                c.createdAt(), c.connectedAt(), c.codec()))));
    }

    public void refuse(String message) {
        run(() -> publish(new PhoneEvent.CommandRefused(message)));
    }

    public void failDevice(String device) {
        run(() -> publish(new PhoneEvent.AudioDeviceFailed(device, "unplugged")));
    }

    /** The id of the only call, for tests that place one. */
    public CallId onlyCall() {
        if (calls.size() != 1) {
            throw new IllegalStateException("expected one call, have " + calls.keySet());
        }
        return calls.keySet().iterator().next();
    }

    // ---- plumbing ---------------------------------------------------------------------------

    private void connect(CallId id) {
        CallSnapshot c = calls.get(id);
        if (c == null || !(c.state() instanceof CallState.Ringing || c.state() instanceof CallState.Alerting
                || c.state() instanceof CallState.Dialing)) {
            return;
        }
        var now = clock.instant();
        change(new CallSnapshot(id, c.direction(), c.remote(), new CallState.Connected(now),
                new MediaState.Flowing(OPUS), c.createdAt(), Optional.of(now), Optional.of(Codec.OPUS)));
    }

    /** Like the real phone, commands for calls it does not know are ignored. */
    private void ifPresent(CallId id, Consumer<CallSnapshot> action) {
        CallSnapshot c = calls.get(id);
        if (c != null) {
            action.accept(c);
        }
    }

    private CallSnapshot with(CallId id, CallState state) {
        CallSnapshot c = calls.get(id);
        return new CallSnapshot(id, c.direction(), c.remote(), state,
                state.isEnded() ? new MediaState.Stopped() : c.media(), c.createdAt(), c.connectedAt(), c.codec());
    }

    private void change(CallSnapshot snapshot) {
        if (snapshot.state().isEnded()) {
            calls.remove(snapshot.id());
        } else {
            calls.put(snapshot.id(), snapshot);
        }
        publish(new PhoneEvent.CallChanged(snapshot));
    }

    private void publish(PhoneEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    private void run(Runnable task) {
        if (signalling == null) {
            task.run();
        } else {
            signalling.execute(task);
        }
    }

    @Override
    public void close() {
        if (signalling != null) {
            signalling.shutdown();
            try {
                signalling.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
