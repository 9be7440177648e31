package io.agentbar.core.registration;

import io.agentbar.core.registration.RegistrationEvent.Rejected;
import io.agentbar.core.registration.RegistrationEvent.Requested;
import io.agentbar.core.registration.RegistrationEvent.Succeeded;
import io.agentbar.core.registration.RegistrationEvent.UnregisterCompleted;
import io.agentbar.core.registration.RegistrationEvent.UnregisterRequested;
import io.agentbar.core.registration.RegistrationState.Failed;
import io.agentbar.core.registration.RegistrationState.Registered;
import io.agentbar.core.registration.RegistrationState.Registering;
import io.agentbar.core.registration.RegistrationState.Unregistered;
import io.agentbar.core.registration.RegistrationState.Unregistering;

import java.util.Optional;

/** The pure transition function of the registration machine (diagram in package-info). */
public final class RegistrationTransitions {
    private RegistrationTransitions() {
    }

    /** @return the next state, or empty when the event does not apply (it is then ignored). */
    public static Optional<RegistrationState> next(RegistrationState state, RegistrationEvent event) {
        RegistrationState next = switch (state) {
            case Unregistered u -> switch (event) {
                case Requested r -> new Registering(1);
                default -> null;
            };
            case Registering r -> switch (event) {
                case Requested q -> r;
                case Succeeded s -> new Registered(s.expiresAt());
                case Rejected j -> new Failed(j.status(), j.reason(), j.retryAt(), r.attempt());
                case UnregisterRequested q -> new Unregistering();
                default -> null;
            };
            case Registered g -> switch (event) {
                case Requested q -> g; // a refresh keeps the light green
                case Succeeded s -> new Registered(s.expiresAt());
                case Rejected j -> new Failed(j.status(), j.reason(), j.retryAt(), 1);
                case UnregisterRequested q -> new Unregistering();
                default -> null;
            };
            case Failed f -> switch (event) {
                case Requested q -> new Registering(f.attempt() + 1);
                // the transport recovered its flow and registered again by itself (WS reconnect, TLS flow)
                case Succeeded s -> new Registered(s.expiresAt());
                case UnregisterRequested q -> new Unregistered();
                default -> null;
            };
            case Unregistering u -> switch (event) {
                case UnregisterCompleted c -> new Unregistered();
                case Rejected j -> new Unregistered();
                case Succeeded s -> new Unregistered();
                default -> null;
            };
        };
        return Optional.ofNullable(next);
    }
}
