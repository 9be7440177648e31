package io.agentbar.core.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Answers ringing calls by itself after a delay: the agent's own setting, or the delay the
 * account's server asked for (signalling only reports a request that came through that server).
 * A server's request wins over the setting, even when the setting is off: it knows the call (a
 * predictive dialler's customer, an intercom page) and contact-center PBXs rely on it.
 *
 * <p>A call is never answered by itself while another call is up: answering holds the others, and
 * a customer must not be put on hold behind the agent's back. Runs on the phone's loop thread only.
 *
 * <p>The countdown is heard through {@link Alerts} (beeps instead of the ringtone while
 * {@link CallSnapshot#autoAnswerAt()} is set) and seen in the window, which shows the same deadline.
 */
final class AutoAnswer {
    private static final Logger LOG = Logger.getLogger(AutoAnswer.class.getName());
    /** Longer delays are taken for mistakes: an agent would long have answered or given up. */
    static final Duration LONGEST = Duration.ofMinutes(10);

    private final Clock clock;
    private final BiFunction<Duration, Runnable, ScheduledFuture<?>> schedule;
    private final Supplier<Collection<CallRecord>> calls;
    private final Consumer<CallId> answer;
    private final Consumer<CallRecord> changed;
    private Optional<Duration> configured = Optional.empty();

    AutoAnswer(Clock clock, BiFunction<Duration, Runnable, ScheduledFuture<?>> schedule,
               Supplier<Collection<CallRecord>> calls, Consumer<CallId> answer, Consumer<CallRecord> changed) {
        this.clock = clock;
        this.schedule = schedule;
        this.calls = calls;
        this.answer = answer;
        this.changed = changed;
    }

    /** The agent's setting: empty turns it off; calls already ringing keep what they had. */
    void configure(Optional<Duration> delay) {
        configured = delay.filter(AutoAnswer::usable);
        if (delay.isPresent() && configured.isEmpty()) {
            LOG.warning(() -> "auto answer delay " + delay.get() + " ignored: between 0 and " + LONGEST + " only");
        }
    }

    /**
     * A call starts ringing; {@code requested} is the server's delay, if it asked for one. Sets
     * the deadline before the phone publishes the ringing call, so the first snapshot shows it.
     */
    void ringing(CallRecord call, Optional<Duration> requested) {
        Optional<Duration> delay = requested.filter(AutoAnswer::usable).or(() -> configured);
        if (delay.isEmpty()) {
            return;
        }
        if (othersUp(call.id)) {
            LOG.info(() -> "call " + call.id + ": not answered by itself, another call is up");
            return;
        }
        call.autoAnswerAt = clock.instant().plus(delay.get());
        call.autoAnswer = schedule.apply(delay.get(), () -> fire(call));
    }

    /** The agent cancelled the countdown: the call rings on. */
    void cancelByAgent(CallRecord call) {
        if (call.autoAnswer != null) {
            cancel(call);
            changed.accept(call);
        }
    }

    /** Drops a pending answer (the call ended or was answered); publishes nothing. */
    void cancel(CallRecord call) {
        if (call.autoAnswer != null) {
            call.autoAnswer.cancel(false);
        }
        call.autoAnswer = null;
        call.autoAnswerAt = null;
    }

    private void fire(CallRecord call) {
        if (call.autoAnswer == null || !(call.state instanceof CallState.Ringing)) {
            return; // cancelled, answered or ended while the timer was on its way
        }
        call.autoAnswer = null;
        call.autoAnswerAt = null;
        if (othersUp(call.id)) {
            // the agent took or placed another call during the countdown
            LOG.info(() -> "call " + call.id + ": auto answer skipped, another call is up");
            changed.accept(call);
            return;
        }
        answer.accept(call.id);
    }

    private boolean othersUp(CallId id) {
        return calls.get().stream().anyMatch(c -> !c.id.equals(id) && (c.state instanceof CallState.Connected
                || c.state instanceof CallState.Dialing || c.state instanceof CallState.Alerting));
    }

    private static boolean usable(Duration d) {
        return !d.isNegative() && d.compareTo(LONGEST) <= 0;
    }
}
