package io.agentbar.core.recording;

import io.agentbar.core.call.Direction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recording on disk as the agent's list shows it: whatever its metadata said, or what could
 * be told from the audio file alone when the metadata is missing or broken.
 *
 * @param file         the audio file
 * @param title        the agent's title; may be empty
 * @param remoteNumber the customer's number (a SIP user part); may be empty
 * @param remoteName   the customer's display name; may be empty
 * @param direction    empty when the metadata does not say
 * @param started      when the recording began (from the metadata, else the file name or its time)
 * @param duration     the audio the file holds
 * @param format       the container, e.g. {@code "OGG_OPUS"} or {@code "WAV"}
 */
public record RecordingEntry(Path file, String title, String remoteNumber, String remoteName,
                             Optional<Direction> direction, Instant started, Duration duration, String format,
                             Upload upload, Completion completion) {

    /** Whether the file reached the supervisors' server. */
    public enum Upload {
        /** Uploading is not configured, or nothing says. */
        UNKNOWN,
        /** Uploading is configured and the server has not confirmed this file yet. */
        PENDING,
        /** The server confirmed it. */
        UPLOADED
    }

    /** How the recording ended. */
    public enum Completion {
        /** Stopped normally: the file is whole. */
        COMPLETE,
        /** Still being written by this phone. */
        RECORDING,
        /** The process died while recording: the file plays up to the cut. */
        CUT_SHORT,
        /** No metadata to say (a file without its sidecar). */
        UNKNOWN
    }

    public RecordingEntry {
        Objects.requireNonNull(file, "file");
        title = title == null ? "" : title;
        remoteNumber = remoteNumber == null ? "" : remoteNumber;
        remoteName = remoteName == null ? "" : remoteName;
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(started, "started");
        duration = duration == null || duration.isNegative() ? Duration.ZERO : duration;
        format = format == null ? "" : format;
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(completion, "completion");
    }

    /** The other party as a person reads it: the name when known, else the number. */
    public String remoteLabel() {
        return remoteName.isBlank() ? remoteNumber : remoteName;
    }

    public boolean cutShort() {
        return completion == Completion.CUT_SHORT;
    }
}
