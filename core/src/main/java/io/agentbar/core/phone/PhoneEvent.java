package io.agentbar.core.phone;

import io.agentbar.core.registration.RegistrationState;

/** What the phone publishes, in the past tense. */
public sealed interface PhoneEvent {
    record RegistrationChanged(RegistrationState state) implements PhoneEvent {
    }

    /** A call was created or changed state (signalling or media). */
    record CallChanged(CallSnapshot call) implements PhoneEvent {
    }

    record AudioControlsChanged(boolean microphoneMuted, boolean speakerMuted) implements PhoneEvent {
    }

    /** A command could not be carried out; the message is for the user. */
    record CommandRefused(String message) implements PhoneEvent {
    }

    /** A microphone or speaker failed; the call goes on with silence until it is fixed. */
    record AudioDeviceFailed(String device, String reason) implements PhoneEvent {
    }

    /** The phone has shut down; no more events follow. */
    record ShutDown() implements PhoneEvent {
    }
}
