package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.registration.RegistrationEvent;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.registration.RegistrationTransitions;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The account's registration as the phone runs it: the state machine plus its refresh and retry
 * timers. Confined to the phone's signalling thread, like everything the phone owns.
 */
final class AccountRegistration {
    private static final Logger LOG = Logger.getLogger(AccountRegistration.class.getName());

    private final Account account;
    private final Secret password;
    private final Signalling signalling;
    private final Clock clock;
    private final RetryPolicy retry;
    private final BiFunction<Duration, Runnable, ScheduledFuture<?>> schedule;
    private final Consumer<PhoneEvent> publish;

    private RegistrationState state = new RegistrationState.Unregistered();
    private ScheduledFuture<?> timer;
    private CountDownLatch unregistered;
    private boolean stopped;

    AccountRegistration(Account account, Secret password, Signalling signalling, Clock clock, RetryPolicy retry,
                        BiFunction<Duration, Runnable, ScheduledFuture<?>> schedule, Consumer<PhoneEvent> publish) {
        this.account = account;
        this.password = password;
        this.signalling = signalling;
        this.clock = clock;
        this.retry = retry;
        this.schedule = schedule;
        this.publish = publish;
    }

    RegistrationState state() {
        return state;
    }

    void register() {
        apply(new RegistrationEvent.Requested());
    }

    void unregister() {
        cancelTimer();
        RegistrationState before = state;
        apply(new RegistrationEvent.UnregisterRequested());
        if (state instanceof RegistrationState.Unregistering) {
            signalling.unregister();
        } else if (before != state) {
            releaseWaiter();
        }
    }

    /** Unregisters when there is a binding to remove; counts {@code done} down once the registrar answered (or at once). */
    void unregisterForShutdown(CountDownLatch done) {
        if (state instanceof RegistrationState.Registered || state instanceof RegistrationState.Registering) {
            unregistered = done;
            unregister();
        } else {
            done.countDown();
        }
    }

    /** No more timers or state changes: the phone is shutting down. */
    void stop() {
        stopped = true;
        cancelTimer();
    }

    void on(SignallingEvent event) {
        switch (event) {
            case SignallingEvent.Registered r -> onRegistered(r.expires());
            case SignallingEvent.RegistrationFailed f -> onFailed(f);
            case SignallingEvent.Unregistered u -> {
                apply(new RegistrationEvent.UnregisterCompleted());
                releaseWaiter();
            }
            default -> throw new IllegalArgumentException("not a registration event: " + event);
        }
    }

    private void onRegistered(Duration granted) {
        if (state instanceof RegistrationState.Unregistering) {
            return;
        }
        cancelTimer();
        apply(new RegistrationEvent.Succeeded(clock.instant().plus(granted)));
        timer = schedule.apply(RetryPolicy.refreshDelay(granted), () -> apply(new RegistrationEvent.Requested()));
    }

    private void onFailed(SignallingEvent.RegistrationFailed f) {
        if (state instanceof RegistrationState.Unregistering) {
            apply(new RegistrationEvent.UnregisterCompleted());
            releaseWaiter();
            return;
        }
        int failures = state instanceof RegistrationState.Registering r ? r.attempt() : 1;
        // refused credentials need the user; anything else is retried with back-off, never in a tight loop
        Optional<Instant> retryAt = f.credentialsRejected() ? Optional.empty()
                : Optional.of(clock.instant().plus(retry.retryDelay(failures, f.retryAfter())));
        cancelTimer();
        apply(new RegistrationEvent.Rejected(f.status(), f.reason(), retryAt));
    }

    private void apply(RegistrationEvent event) {
        if (stopped) {
            return;
        }
        Optional<RegistrationState> next = RegistrationTransitions.next(state, event);
        if (next.isEmpty()) {
            LOG.fine(() -> "registration: " + event + " ignored in " + state);
            return;
        }
        RegistrationState before = state;
        state = next.get();
        if (event instanceof RegistrationEvent.Requested) {
            signalling.register(account, password);
        }
        if (state instanceof RegistrationState.Failed f && f.retryAt().isPresent()) {
            Duration wait = Duration.between(clock.instant(), f.retryAt().get());
            timer = schedule.apply(wait, () -> apply(new RegistrationEvent.Requested()));
        }
        if (!state.equals(before)) {
            publish.accept(new PhoneEvent.RegistrationChanged(state));
        }
    }

    private void releaseWaiter() {
        if (unregistered != null) {
            unregistered.countDown();
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
