package io.agentbar.core.recording;

import io.agentbar.core.media.MediaSession;

/** Records a call's audio (agent left, customer right). Implemented by the audio adapter. */
public interface Recorder {
    /** Starts a recording of {@code session}; never throws for expected refusals (limit, disk). */
    RecordingStarted start(MediaSession session, RecordingRequest request);
}
