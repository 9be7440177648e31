package io.agentbar.audio.recording;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished recording.
 *
 * @param dropped frames lost because the writer fell behind (a stalled disk); 0 normally
 */
public record Recorded(Path file, Path metadata, Duration audio, long frames, long dropped) {
}
