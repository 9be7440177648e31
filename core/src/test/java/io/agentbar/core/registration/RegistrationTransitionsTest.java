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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTransitionsTest {
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final Optional<Instant> RETRY = Optional.of(T.plusSeconds(30));

    static Stream<Arguments> table() {
        return Stream.of(
                row(new Unregistered(), new Requested(), new Registering(1)),
                row(new Registering(1), new Succeeded(T), new Registered(T)),
                row(new Registering(2), new Rejected(401, "Unauthorized", Optional.empty()), new Failed(401, "Unauthorized", Optional.empty(), 2)),
                row(new Registering(1), new Rejected(503, "down", RETRY), new Failed(503, "down", RETRY, 1)),
                row(new Registering(1), new Requested(), new Registering(1)),
                row(new Registering(1), new UnregisterRequested(), new Unregistering()),
                row(new Registered(T), new Requested(), new Registered(T)),
                row(new Registered(T), new Succeeded(T.plusSeconds(600)), new Registered(T.plusSeconds(600))),
                row(new Registered(T), new Rejected(408, "timeout", RETRY), new Failed(408, "timeout", RETRY, 1)),
                row(new Registered(T), new UnregisterRequested(), new Unregistering()),
                row(new Failed(503, "down", RETRY, 3), new Requested(), new Registering(4)),
                row(new Failed(401, "bad", Optional.empty(), 1), new UnregisterRequested(), new Unregistered()),
                row(new Unregistering(), new UnregisterCompleted(), new Unregistered()),
                row(new Unregistering(), new Rejected(408, "timeout", Optional.empty()), new Unregistered()),
                // illegal: ignored
                row(new Unregistered(), new Succeeded(T), null),
                row(new Unregistered(), new UnregisterCompleted(), null),
                row(new Unregistered(), new UnregisterRequested(), null),
                row(new Failed(0, "flow lost", RETRY, 1), new Succeeded(T), new Registered(T)),
                row(new Unregistering(), new Requested(), null),
                row(new Registered(T), new UnregisterCompleted(), null));
    }

    private static Arguments row(RegistrationState from, RegistrationEvent event, RegistrationState to) {
        return Arguments.of(from, event, Optional.ofNullable(to));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void transitionTable(RegistrationState from, RegistrationEvent event, Optional<RegistrationState> expected) {
        assertThat(RegistrationTransitions.next(from, event)).isEqualTo(expected);
    }
}
