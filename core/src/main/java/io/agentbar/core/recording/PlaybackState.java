package io.agentbar.core.recording;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the recording player is doing. Each change is published once, in order.
 *
 * <pre>
 *  Idle ──play(entry)──► Playing(file) ──end of file │ stop──► Idle
 *                           │  └──play(other)──► Playing(other)
 *                           └──device or file error──► Failed(file, reason) ──play──► Playing
 * </pre>
 */
public sealed interface PlaybackState {
    record Idle() implements PlaybackState {
    }

    record Playing(Path file) implements PlaybackState {
        public Playing {
            Objects.requireNonNull(file, "file");
        }
    }

    /** @param reason for the agent, e.g. "the speaker cannot be opened" */
    record Failed(Path file, String reason) implements PlaybackState {
        public Failed {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The file being played, if any. */
    default java.util.Optional<Path> playing() {
        return this instanceof Playing p ? java.util.Optional.of(p.file()) : java.util.Optional.empty();
    }
}
