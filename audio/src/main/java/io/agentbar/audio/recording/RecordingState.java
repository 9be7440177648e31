package io.agentbar.audio.recording;

/**
 * The life of one recording. {@link #next} is the whole machine; commands that do not apply
 * (pause while paused, anything after the end) leave the state as it is.
 *
 * <pre>
 *   start ─► Recording ◄──resume── Paused
 *               │ └────pause─────►  │
 *               └──stop─► Stopped ◄─┘ stop
 *   (any) ──I/O error──► Failed
 * </pre>
 */
public sealed interface RecordingState {
    record Recording() implements RecordingState {
    }

    record Paused() implements RecordingState {
    }

    record Stopped() implements RecordingState {
    }

    record Failed(String reason) implements RecordingState {
    }

    enum Command { PAUSE, RESUME, STOP }

    /** Whether the recording still takes frames or may take them again (it counts against the per-call limit). */
    default boolean live() {
        return this instanceof Recording || this instanceof Paused;
    }

    static RecordingState next(RecordingState state, Command command) {
        return switch (state) {
            case Recording r -> switch (command) {
                case PAUSE -> new Paused();
                case RESUME -> r;
                case STOP -> new Stopped();
            };
            case Paused p -> switch (command) {
                case PAUSE -> p;
                case RESUME -> new Recording();
                case STOP -> new Stopped();
            };
            case Stopped s -> s;
            case Failed f -> f;
        };
    }
}
