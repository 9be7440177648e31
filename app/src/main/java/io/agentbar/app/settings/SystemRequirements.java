package io.agentbar.app.settings;

import io.agentbar.core.account.Account;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.settings.AudioDeviceCatalog;
import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.Requirement;
import io.agentbar.core.settings.RequirementCheck;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The requirement checks of the settings dialog. It follows the phone's registration as events
 * (subscribe it to the phone), so a check never has to ask the signalling thread.
 */
public final class SystemRequirements implements RequirementCheck, Consumer<PhoneEvent> {
    private final Account account;
    private final AudioDeviceCatalog devices;
    private final ServerReachability server;
    private volatile RegistrationState registration = new RegistrationState.Unregistered();

    public SystemRequirements(Account account, AudioDeviceCatalog devices) {
        this(account, devices, ServerReachability.system());
    }

    SystemRequirements(Account account, AudioDeviceCatalog devices, ServerReachability server) {
        this.account = Objects.requireNonNull(account, "account");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public void accept(PhoneEvent event) {
        if (event instanceof PhoneEvent.RegistrationChanged r) {
            registration = r.state();
        }
    }

    @Override
    public List<CheckResult> run() {
        RegistrationState state = registration;
        return List.of(devices(), server.check(account, state), registration(state), CodecCheck.run());
    }

    private CheckResult devices() {
        int speakers = devices.speakers().size();
        int microphones = devices.microphones().size();
        String found = count(speakers, "speaker") + ", " + count(microphones, "microphone");
        if (speakers == 0 || microphones == 0) {
            return CheckResult.fail(Requirement.DEVICES, found + " — connect a headset");
        }
        return CheckResult.pass(Requirement.DEVICES, found);
    }

    private CheckResult registration(RegistrationState state) {
        String aor = account.user() + "@" + account.domain();
        return switch (state) {
            case RegistrationState.Registered r -> CheckResult.pass(Requirement.REGISTRATION, "Registered as " + aor);
            case RegistrationState.Registering r -> CheckResult.fail(Requirement.REGISTRATION, "Registering as " + aor + "…");
            case RegistrationState.Failed f -> CheckResult.fail(Requirement.REGISTRATION,
                    "Refused: " + f.status() + " " + f.reason() + " — check your credentials with your administrator");
            case RegistrationState.Unregistered u -> CheckResult.fail(Requirement.REGISTRATION,
                    "Not registered — click the light on the bar to register");
            case RegistrationState.Unregistering u -> CheckResult.fail(Requirement.REGISTRATION, "Signing out…");
        };
    }

    private static String count(int n, String noun) {
        return n == 1 ? "1 " + noun : n + " " + noun + "s";
    }
}
