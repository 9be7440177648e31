package io.agentbar.ui.bar;

import io.agentbar.core.registration.RegistrationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

import static io.agentbar.ui.bar.RegistrationLight.AMBER;
import static io.agentbar.ui.bar.RegistrationLight.GREEN;
import static io.agentbar.ui.bar.RegistrationLight.RED;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationStatusTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant AT_1032_ROME = Instant.parse("2026-11-23T09:32:00Z");
    private static final Instant AT_1031_ROME = Instant.parse("2026-11-23T09:31:00Z");

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(new RegistrationState.Unregistered(), RED, "Not registered — click to register", true),
                Arguments.of(new RegistrationState.Registering(1), AMBER, "Registering as 1001@pbx…", false),
                Arguments.of(new RegistrationState.Registering(3), AMBER, "Registering as 1001@pbx… (attempt 3)", false),
                Arguments.of(new RegistrationState.Registered(AT_1032_ROME), GREEN, "Registered as 1001@pbx until 10:32", false),
                Arguments.of(new RegistrationState.Unregistering(), RED, "Signing out…", false),
                Arguments.of(failed(401, "Unauthorized", null), RED, "Wrong password (401) — check your credentials", true),
                Arguments.of(failed(407, "Proxy Authentication Required", null), RED,
                        "Wrong password (407) — check your credentials", true),
                Arguments.of(failed(403, "Forbidden", null), RED,
                        "Account refused by the server (403) — check your credentials", true),
                Arguments.of(failed(404, "Not Found", null), RED, "Unknown account (404) — click to try again", true),
                Arguments.of(failed(408, "Request Timeout", AT_1031_ROME), RED,
                        "No answer from server — retrying at 10:31", true),
                Arguments.of(failed(0, "connection refused", AT_1031_ROME), RED,
                        "Cannot reach the server — retrying at 10:31", true),
                Arguments.of(failed(503, "Service Unavailable", AT_1031_ROME), RED,
                        "Service Unavailable (503) — retrying at 10:31", true),
                Arguments.of(failed(500, " ", null), RED, "Registration refused (500) — click to try again", true));
    }

    @ParameterizedTest
    @MethodSource("table")
    void eachStateHasItsLightAndReason(RegistrationState state, RegistrationLight light, String text, boolean canRegister) {
        RegistrationStatus status = RegistrationStatus.of(state, "1001@pbx", ROME);

        assertThat(status.light()).isEqualTo(light);
        assertThat(status.text()).isEqualTo(text);
        assertThat(status.canRegister()).isEqualTo(canRegister);
    }

    private static RegistrationState.Failed failed(int status, String reason, Instant retryAt) {
        return new RegistrationState.Failed(status, reason, Optional.ofNullable(retryAt), 1);
    }
}
