package io.agentbar.ui.bar;

import io.agentbar.core.registration.RegistrationState;
import io.agentbar.ui.text.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the registration light shows for one {@link RegistrationState}: colour, tooltip and
 * whether clicking it may register. A pure function, so every state is tested as a table.
 *
 * @param light       the colour
 * @param text        the reason and the way forward, e.g. "Wrong password (401) — check your credentials"
 * @param canRegister whether a click on the light should send a REGISTER now
 */
public record RegistrationStatus(RegistrationLight light, String text, boolean canRegister) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param account the account label, e.g. {@code 1001@pbx}
     * @param zone    the agent's time zone, for "until 10:32"
     */
    public static RegistrationStatus of(RegistrationState state, String account, ZoneId zone) {
        return switch (state) {
            case RegistrationState.Unregistered u ->
                    new RegistrationStatus(RegistrationLight.RED, Messages.get("registration.unregistered"), true);
            case RegistrationState.Registering r -> new RegistrationStatus(RegistrationLight.AMBER, r.attempt() <= 1
                    ? Messages.get("registration.registering", account)
                    : Messages.get("registration.registering.retry", account, String.valueOf(r.attempt())), false);
            case RegistrationState.Registered r -> new RegistrationStatus(RegistrationLight.GREEN,
                    Messages.get("registration.registered", account, time(r.expiresAt(), zone)), false);
            case RegistrationState.Unregistering u ->
                    new RegistrationStatus(RegistrationLight.RED, Messages.get("registration.unregistering"), false);
            case RegistrationState.Failed f -> new RegistrationStatus(RegistrationLight.RED, failure(f, zone), true);
        };
    }

    private static String failure(RegistrationState.Failed f, ZoneId zone) {
        String status = String.valueOf(f.status());
        String what = switch (f.status()) {
            case 401, 407 -> Messages.get("registration.failed.password", status);
            case 403 -> Messages.get("registration.failed.forbidden", status);
            case 404 -> Messages.get("registration.failed.unknown", status);
            case 408 -> Messages.get("registration.failed.timeout");
            case 0 -> Messages.get("registration.failed.network");
            default -> f.reason().isBlank() ? Messages.get("registration.failed.generic", status)
                    : Messages.get("registration.failed.other", f.reason().strip(), status);
        };
        if (f.retryAt().isPresent()) {
            return Messages.get("registration.retrying", what, time(f.retryAt().get(), zone));
        }
        boolean credentials = f.status() == 401 || f.status() == 403 || f.status() == 407;
        return Messages.get(credentials ? "registration.credentials" : "registration.clickToRetry", what);
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
