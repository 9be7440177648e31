package io.agentbar.core.registration;

import java.time.Instant;
import java.util.Optional;

/** Inputs of the registration machine. */
public sealed interface RegistrationEvent {
    record Requested() implements RegistrationEvent {
    }

    record Succeeded(Instant expiresAt) implements RegistrationEvent {
    }

    record Rejected(int status, String reason, Optional<Instant> retryAt) implements RegistrationEvent {
    }

    record UnregisterRequested() implements RegistrationEvent {
    }

    record UnregisterCompleted() implements RegistrationEvent {
    }
}
