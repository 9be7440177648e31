package io.agentbar.core.media;

/**
 * Media state of one call, separate from its signalling state.
 *
 * <pre>
 *  Idle --start--> Waiting --FirstPacketReceived--> Flowing --RtpTimedOut--> Silent
 *                                                       ^------RtpResumed------'
 *  any --Stopped--> Stopped
 * </pre>
 */
public sealed interface MediaState {
    record Idle() implements MediaState {
    }

    /** Sending; nothing received yet. */
    record Waiting(NegotiatedMedia media) implements MediaState {
    }

    record Flowing(NegotiatedMedia media) implements MediaState {
    }

    /** Nothing received for a while. */
    record Silent(NegotiatedMedia media, long silentMillis) implements MediaState {
    }

    record Stopped() implements MediaState {
    }

    /** The pure transition function of the media machine. Events that do not apply leave the state as is. */
    static MediaState next(MediaState state, MediaEvent event) {
        return switch (event) {
            case MediaEvent.Stopped s -> new Stopped();
            case MediaEvent.FirstPacketReceived f -> state instanceof Waiting w ? new Flowing(w.media()) : state;
            case MediaEvent.RtpTimedOut t -> state instanceof Flowing fl ? new Silent(fl.media(), t.silentMillis())
                    : state instanceof Waiting w ? new Silent(w.media(), t.silentMillis()) : state;
            case MediaEvent.RtpResumed r -> state instanceof Silent s ? new Flowing(s.media()) : state;
            case MediaEvent.DeviceFailed d -> state;
        };
    }
}
