package io.agentbar.core.phone;

import io.agentbar.core.call.CallState;
import io.agentbar.core.recording.Recorder;
import io.agentbar.core.recording.RecordingHandle;
import io.agentbar.core.recording.RecordingInfo;
import io.agentbar.core.recording.RecordingRequest;
import io.agentbar.core.recording.RecordingStarted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The agent's recordings of each call: at most two at once, each started, paused, resumed,
 * titled and stopped on its own; all stopped when the call ends or is handed away. Runs on the
 * phone's signalling thread only.
 */
final class RecordingControl {
    static final int LIMIT = 2;

    /** One running recording of a call. */
    static final class Active {
        final int number;
        final RecordingHandle handle;
        String title;
        boolean paused;

        Active(int number, RecordingHandle handle, String title) {
            this.number = number;
            this.handle = handle;
            this.title = title;
        }

        RecordingInfo info() {
            return new RecordingInfo(number, handle.file(), title, paused);
        }
    }

    private final Consumer<CallRecord> changed;
    private final Consumer<String> refused;
    private final String localUser;
    private Optional<Recorder> recorder = Optional.empty();

    RecordingControl(Consumer<CallRecord> changed, Consumer<String> refused, String localUser) {
        this.changed = changed;
        this.refused = refused;
        this.localUser = localUser;
    }

    void use(Recorder r) {
        recorder = Optional.of(r);
    }

    void start(CallRecord c, String title) {
        if (recorder.isEmpty()) {
            refused.accept("Recording is not available on this phone");
            return;
        }
        if (!(c.state instanceof CallState.Connected) || c.session == null) {
            refused.accept("Only a connected call can be recorded");
            return;
        }
        if (c.recordings.size() >= LIMIT) {
            refused.accept("Two recordings of this call are already running; stop one first");
            return;
        }
        RecordingStarted started = recorder.get().start(c.session,
                new RecordingRequest(c.id.value(), localUser, c.remote.uri(), title, c.remote.displayName(),
                        java.util.Optional.of(c.direction)));
        switch (started) {
            case RecordingStarted.Started s -> {
                c.recordings.add(new Active(nextNumber(c), s.recording(), title == null ? "" : title.strip()));
                changed.accept(c);
            }
            case RecordingStarted.Refused r -> refused.accept("The recording could not start: " + r.reason());
        }
    }

    void pause(CallRecord c, int number) {
        find(c, number).ifPresent(a -> {
            if (a.handle.pause()) {
                a.paused = true;
                changed.accept(c);
            }
        });
    }

    void resume(CallRecord c, int number) {
        find(c, number).ifPresent(a -> {
            if (a.handle.resume()) {
                a.paused = false;
                changed.accept(c);
            }
        });
    }

    void title(CallRecord c, int number, String title) {
        find(c, number).ifPresent(a -> {
            a.title = title == null ? "" : title.strip();
            a.handle.title(a.title);
            changed.accept(c);
        });
    }

    void stop(CallRecord c, int number) {
        find(c, number).ifPresent(a -> {
            a.handle.stop();
            c.recordings.remove(a);
            changed.accept(c);
        });
    }

    /** The call ended or left the agent (a blind transfer): nothing more of it is recorded. */
    void stopAll(CallRecord c) {
        if (c.recordings.isEmpty()) {
            return;
        }
        for (Active a : List.copyOf(c.recordings)) {
            a.handle.stop();
        }
        c.recordings.clear();
        changed.accept(c);
    }

    private Optional<Active> find(CallRecord c, int number) {
        Optional<Active> a = c.recordings.stream().filter(r -> r.number == number).findFirst();
        if (a.isEmpty()) {
            refused.accept("No recording " + number + " on this call");
        }
        return a;
    }

    private static int nextNumber(CallRecord c) {
        List<Integer> used = new ArrayList<>();
        c.recordings.forEach(a -> used.add(a.number));
        return used.contains(1) ? 2 : 1;
    }
}
