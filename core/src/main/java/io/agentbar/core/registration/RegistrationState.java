package io.agentbar.core.registration;

import java.time.Instant;
import java.util.Optional;

/** Registration state of the account. */
public sealed interface RegistrationState {
    record Unregistered() implements RegistrationState {
    }

    /** @param attempt 1 for the first try, counting retries after failures */
    record Registering(int attempt) implements RegistrationState {
    }

    record Registered(Instant expiresAt) implements RegistrationState {
    }

    /**
     * @param status  the SIP status, 408 for a timeout, 0 when the network failed before any answer
     * @param reason  short human-readable reason
     * @param retryAt when the phone tries again by itself; empty when the user must act (bad password)
     */
    record Failed(int status, String reason, Optional<Instant> retryAt, int attempt) implements RegistrationState {
    }

    record Unregistering() implements RegistrationState {
    }
}
