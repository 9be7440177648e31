package io.agentbar.app.cli;

import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.registration.RegistrationState;

import java.util.Locale;

/** One-line, human-readable texts for states, shared by the headless commands. */
final class Describe {
    private Describe() {
    }

    static String registration(RegistrationState state) {
        return switch (state) {
            case RegistrationState.Registered r -> "registered (until " + r.expiresAt() + ")";
            case RegistrationState.Registering r -> "registering (attempt " + r.attempt() + ")";
            case RegistrationState.Failed f -> "registration failed: " + f.status() + " " + f.reason()
                    + (f.retryAt().isEmpty() ? " (check user and password)" : "");
            case RegistrationState.Unregistering u -> "unregistering";
            case RegistrationState.Unregistered u -> "not registered";
        };
    }

    static String ended(CallState.Ended ended) {
        String reason = ended.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ended.status() > 0 ? reason + " (" + ended.status() + ")" : reason;
    }

    static boolean isFailure(EndReason reason) {
        return reason != EndReason.LOCAL_HANGUP && reason != EndReason.REMOTE_HANGUP;
    }
}
