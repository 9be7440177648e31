package io.agentbar.app.cli;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/** What the three headless commands share: building the phone and registering it. */
abstract class HeadlessCommand {
    static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(20);

    protected final PrintStream out;
    protected final PrintStream err;
    protected final PhoneEvents events = new PhoneEvents();

    HeadlessCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    Phone open(PhoneAssembly.Options options) throws IOException {
        Phone phone = PhoneAssembly.headless(options);
        phone.subscribe(events::add);
        phone.start();
        return phone;
    }

    /** Registers and waits for the outcome. @return true once registered */
    boolean register(Phone phone) throws InterruptedException {
        phone.register();
        Optional<PhoneEvent> outcome = events.await(e -> e instanceof PhoneEvent.RegistrationChanged rc
                && (rc.state() instanceof RegistrationState.Registered || rc.state() instanceof RegistrationState.Failed),
                REGISTER_TIMEOUT, e -> { });
        if (outcome.isEmpty()) {
            err.println("agentbar: no answer from the registrar within " + REGISTER_TIMEOUT.toSeconds() + " s");
            return false;
        }
        RegistrationState state = ((PhoneEvent.RegistrationChanged) outcome.get()).state();
        if (state instanceof RegistrationState.Registered) {
            out.println(Describe.registration(state));
            return true;
        }
        err.println("agentbar: " + Describe.registration(state));
        return false;
    }
}
