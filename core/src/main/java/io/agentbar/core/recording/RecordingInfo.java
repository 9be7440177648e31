package io.agentbar.core.recording;

import java.nio.file.Path;

/**
 * A call's recording as the phone publishes it.
 *
 * @param number 1 or 2 within the call
 * @param paused whether it is paused now
 */
public record RecordingInfo(int number, Path file, String title, boolean paused) {
}
