package io.agentbar.audio.recording;

/** The outcome of asking {@link CallRecordings} for a new recording. */
public sealed interface RecordingStart {
    record Started(CallRecording recording) implements RecordingStart {
    }

    /** The call already has {@link CallRecordings#LIMIT} recordings running or paused. */
    record LimitReached(int limit) implements RecordingStart {
    }

    /** The file could not be created (it exists, the folder is not writable, the disk is full). */
    record Failed(String reason) implements RecordingStart {
    }
}
