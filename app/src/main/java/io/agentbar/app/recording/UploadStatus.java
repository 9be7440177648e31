package io.agentbar.app.recording;

import java.time.Instant;
import java.util.Optional;

/**
 * What the uploader is doing, for a status line in the UI.
 *
 * @param pending       finished recordings not yet confirmed by the server
 * @param uploaded      recordings confirmed since the uploader started
 * @param lastError     the latest failure, cleared by the next success
 * @param nextAttemptAt when the next retry is due, while backing off
 */
public record UploadStatus(int pending, long uploaded, Optional<String> lastError, Optional<Instant> nextAttemptAt) {
    static final UploadStatus IDLE = new UploadStatus(0, 0, Optional.empty(), Optional.empty());
}
