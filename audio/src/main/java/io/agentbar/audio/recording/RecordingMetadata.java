package io.agentbar.audio.recording;

import io.agentbar.core.call.Direction;

import java.util.Objects;
import java.util.Optional;

/**
 * What a recording is about, written beside it. Numbers are as signalling knows them (a SIP
 * user part or a display string); empty when unknown.
 *
 * @param remoteName the customer's display name; may be empty
 * @param direction  who called whom; empty when not known
 */
public record RecordingMetadata(String callId, String localNumber, String remoteNumber, String title,
                                String remoteName, Optional<Direction> direction) {
    public RecordingMetadata {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(localNumber, "localNumber");
        Objects.requireNonNull(remoteNumber, "remoteNumber");
        Objects.requireNonNull(title, "title");
        remoteName = remoteName == null ? "" : remoteName;
        direction = direction == null ? Optional.empty() : direction;
    }

    public RecordingMetadata(String callId, String localNumber, String remoteNumber, String title) {
        this(callId, localNumber, remoteNumber, title, "", Optional.empty());
    }

    public RecordingMetadata withTitle(String newTitle) {
        return new RecordingMetadata(callId, localNumber, remoteNumber, newTitle, remoteName, direction);
    }
}
