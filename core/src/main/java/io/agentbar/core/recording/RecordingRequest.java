package io.agentbar.core.recording;

import java.util.Objects;

/**
 * What a new recording is about, written into its metadata.
 *
 * @param callId the phone's call id
 * @param local  the agent's number
 * @param remote the customer's number or URI
 * @param title  the agent's title; may be empty
 */
public record RecordingRequest(String callId, String local, String remote, String title) {
    public RecordingRequest {
        Objects.requireNonNull(callId, "callId");
        local = local == null ? "" : local;
        remote = remote == null ? "" : remote;
        title = title == null ? "" : title.strip();
    }
}
