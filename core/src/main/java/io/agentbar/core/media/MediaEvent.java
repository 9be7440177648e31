package io.agentbar.core.media;

/** What a media stream reports to the call, in the past tense. */
public sealed interface MediaEvent {
    String callId();

    /** The first RTP packet from the far end arrived. */
    record FirstPacketReceived(String callId) implements MediaEvent {
    }

    /** No RTP for the configured time. */
    record RtpTimedOut(String callId, long silentMillis) implements MediaEvent {
    }

    /** RTP flows again after a timeout. */
    record RtpResumed(String callId) implements MediaEvent {
    }

    /** A device failed; the stream keeps running with silence. */
    record DeviceFailed(String callId, String device, String reason) implements MediaEvent {
    }

    /** The stream was closed. */
    record Stopped(String callId) implements MediaEvent {
    }
}
