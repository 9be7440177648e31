package io.agentbar.audio.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One pause of a recording. Paused time is not in the file, so {@code at} says where in the
 * audio the gap is: the listener hears the resumed audio right after that point.
 *
 * @param at        how much audio had been written when the pause began
 * @param resumedAt empty while the pause lasts (or when the recording stopped while paused)
 */
public record RecordingPause(Instant pausedAt, Optional<Instant> resumedAt, Duration at) {
    RecordingPause resumed(Instant when) {
        return new RecordingPause(pausedAt, Optional.of(when), at);
    }
}
