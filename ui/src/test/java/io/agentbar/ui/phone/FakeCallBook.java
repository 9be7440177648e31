package io.agentbar.ui.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.recording.RecordingInfo;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The fake phone's call book and threading: snapshots by call, publishing, the "signalling"
 * thread, and the rules the real phone keeps across calls (one talks, the others are held).
 */
abstract class FakeCallBook implements PhoneEvents, AutoCloseable {
    public static final NegotiatedMedia OPUS = new NegotiatedMedia(PayloadFormat.opus(111), Optional.empty(),
            new InetSocketAddress("127.0.0.1", 40000), new InetSocketAddress("127.0.0.1", 40001),
            MediaDirection.SENDRECV, 20);

    final Clock clock;
    private final ExecutorService signalling;
    private final List<Consumer<PhoneEvent>> listeners = new CopyOnWriteArrayList<>();
    final Map<CallId, CallSnapshot> calls = new ConcurrentHashMap<>();

    FakeCallBook(Clock clock, ExecutorService signalling) {
        this.clock = clock;
        this.signalling = signalling;
    }

    @Override
    public void subscribe(Consumer<PhoneEvent> listener) {
        listeners.add(listener);
    }

    final void connect(CallId id) {
        CallSnapshot c = calls.get(id);
        if (c == null || !(c.state() instanceof CallState.Ringing || c.state() instanceof CallState.Alerting
                || c.state() instanceof CallState.Dialing)) {
            return;
        }
        if (c.direction() == Direction.INCOMING) {
            holdOthers(id, List.of()); // an outgoing call held the others when it was dialled
        }
        var now = clock.instant();
        change(new CallSnapshot(id, c.direction(), c.remote(), new CallState.Connected(now),
                new MediaState.Flowing(OPUS), c.createdAt(), Optional.of(now), Optional.of(Codec.OPUS),
                CallSnapshot.Hold.NONE, Optional.empty(), List.of(), Optional.empty(), List.of()));
    }

    /** Only one call talks at a time: the others connected and not yet held are held. */
    final void holdOthers(CallId except, List<CallId> alsoExcept) {
        for (CallSnapshot c : List.copyOf(calls.values())) {
            if (!c.id().equals(except) && !alsoExcept.contains(c.id()) && c.state() instanceof CallState.Connected
                    && !c.hold().local() && !c.conferencedWith().contains(except)) {
                splitConference(c);
                change(Snapshots.hold(calls.get(c.id()), new CallSnapshot.Hold(true, c.hold().remote(), false)));
            }
        }
    }

    final void splitConference(CallSnapshot c) {
        for (CallId other : c.conferencedWith()) {
            ifPresent(other, o -> change(Snapshots.conferencedWith(o, List.of())));
        }
        if (c.inConference()) {
            change(Snapshots.conferencedWith(calls.get(c.id()), List.of()));
        }
    }

    final void ifConnected(CallId id, Consumer<CallSnapshot> action) {
        ifPresent(id, c -> {
            if (c.state() instanceof CallState.Connected) {
                action.accept(c);
            }
        });
    }

    final void editRecording(CallId id, int number, java.util.function.UnaryOperator<RecordingInfo> edit) {
        ifPresent(id, c -> {
            List<RecordingInfo> now = new ArrayList<>();
            for (RecordingInfo r : c.recordings()) {
                RecordingInfo edited = r.number() == number ? edit.apply(r) : r;
                if (edited != null) {
                    now.add(edited);
                }
            }
            change(Snapshots.recordings(c, now));
        });
    }

    /** Like the real phone, commands for calls it does not know are ignored. */
    final void ifPresent(CallId id, Consumer<CallSnapshot> action) {
        CallSnapshot c = calls.get(id);
        if (c != null) {
            action.accept(c);
        }
    }

    final CallSnapshot with(CallId id, CallState state) {
        return Snapshots.state(calls.get(id), state);
    }

    final void change(CallSnapshot snapshot) {
        if (snapshot.state().isEnded()) {
            calls.remove(snapshot.id());
        } else {
            calls.put(snapshot.id(), snapshot);
        }
        publish(new PhoneEvent.CallChanged(snapshot));
    }

    final void publish(PhoneEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    final void run(Runnable task) {
        if (signalling == null) {
            task.run();
        } else {
            signalling.execute(task);
        }
    }

    // ---- the far end -------------------------------------------------------------------------

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
        run(() -> ifPresent(id, c -> change(Snapshots.media(c, media))));
    }

    /** The far end puts the call on hold, or takes it off hold. */
    public void remoteHold(CallId id, boolean held) {
        run(() -> ifPresent(id, c -> change(Snapshots.hold(c, new CallSnapshot.Hold(c.hold().local(), held, false)))));
    }

    /** A snapshot of a call as the fake knows it now (on the fake's thread after the queued work). */
    public CallSnapshot snapshot(CallId id) {
        return calls.get(id);
    }

    /** The live call with {@code number} at the far end. */
    public CallId callTo(String number) {
        return calls.values().stream().filter(c -> c.remote().uri().equals(number)).map(CallSnapshot::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("no call to " + number));
    }

    /** The id of the only call, for tests that place one. */
    public CallId onlyCall() {
        if (calls.size() != 1) {
            throw new IllegalStateException("expected one call, have " + calls.keySet());
        }
        return calls.keySet().iterator().next();
    }

    @Override
    public final void close() {
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
