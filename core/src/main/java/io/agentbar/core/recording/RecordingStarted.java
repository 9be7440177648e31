package io.agentbar.core.recording;

/** The outcome of asking for a recording. */
public sealed interface RecordingStarted {
    record Started(RecordingHandle recording) implements RecordingStarted {
    }

    /** @param reason for the agent, e.g. "two recordings are already running" */
    record Refused(String reason) implements RecordingStarted {
    }
}
