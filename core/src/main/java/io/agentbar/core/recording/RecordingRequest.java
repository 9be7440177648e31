package io.agentbar.core.recording;

import io.agentbar.core.call.Direction;

import java.util.Objects;
import java.util.Optional;

/**
 * What a new recording is about, written into its metadata.
 *
 * @param callId     the phone's call id
 * @param local      the agent's number
 * @param remote     the customer's number or URI
 * @param title      the agent's title; may be empty
 * @param remoteName the customer's display name; may be empty
 * @param direction  who called whom, so the recordings list can say it
 */
public record RecordingRequest(String callId, String local, String remote, String title, String remoteName,
                               Optional<Direction> direction) {
    public RecordingRequest {
        Objects.requireNonNull(callId, "callId");
        local = local == null ? "" : local;
        remote = remote == null ? "" : remote;
        title = title == null ? "" : title.strip();
        remoteName = remoteName == null ? "" : remoteName.strip();
        direction = direction == null ? Optional.empty() : direction;
    }

    public RecordingRequest(String callId, String local, String remote, String title) {
        this(callId, local, remote, title, "", Optional.empty());
    }
}
