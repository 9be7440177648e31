package io.agentbar.audio.recording;

import java.util.Objects;

/**
 * What a recording is about, written beside it. Numbers are as signalling knows them (a SIP
 * user part or a display string); empty when unknown.
 */
public record RecordingMetadata(String callId, String localNumber, String remoteNumber, String title) {
    public RecordingMetadata {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(localNumber, "localNumber");
        Objects.requireNonNull(remoteNumber, "remoteNumber");
        Objects.requireNonNull(title, "title");
    }

    public RecordingMetadata withTitle(String newTitle) {
        return new RecordingMetadata(callId, localNumber, remoteNumber, newTitle);
    }
}
