package io.agentbar.core.agent;

import io.agentbar.core.agent.AgentState.PartiallyPaused;
import io.agentbar.core.agent.AgentState.Paused;
import io.agentbar.core.agent.AgentState.Ready;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The pure transition function of the agent-state machine (diagram in package-info). */
public final class AgentTransitions {
    /** The outcome of a request: a new state, the same one, or a refusal the agent is told about. */
    public sealed interface Outcome {
        record Moved(AgentState state) implements Outcome {
        }

        /** Nothing to do: ready when ready, the same pause again. */
        record Stayed() implements Outcome {
        }

        record Refused(String message) implements Outcome {
        }
    }

    private AgentTransitions() {
    }

    public static Outcome next(AgentState state, AgentRequest request, AgentSettings settings) {
        return switch (request) {
            case AgentRequest.Pause p -> pause(state, p, settings);
            case AgentRequest.Ready r -> ready(state, r, settings);
        };
    }

    private static Outcome pause(AgentState state, AgentRequest.Pause p, AgentSettings settings) {
        PauseReason reason = settings.reason(p.reason().name()).orElse(null);
        if (reason == null) {
            return new Outcome.Refused("'" + p.reason().name() + "' is not a pause reason; choose one of "
                    + settings.reasons().stream().map(PauseReason::name).collect(Collectors.joining(", ")));
        }
        Set<Channel> enabled = settings.channels();
        Optional<Outcome> unknown = unknownChannels(p.channels(), enabled);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Set<Channel> ready = EnumSet.noneOf(Channel.class);
        ready.addAll(readyOn(state, enabled));
        ready.removeAll(p.channels().isEmpty() ? enabled : p.channels());
        // the same reason keeps the timer running; another reason is another pause, and reports
        // count time per reason, so its timer starts now
        Instant since = switch (state) {
            case Paused s when s.reason().sameAs(reason) -> s.since();
            case PartiallyPaused s when s.reason().sameAs(reason) -> s.since();
            default -> p.at();
        };
        AgentState next;
        if (ready.isEmpty()) {
            next = new Paused(reason, since);
        } else if (!settings.partialPause()) {
            return new Outcome.Refused("Partial pause is off: the agent pauses on every channel at once");
        } else {
            next = new PartiallyPaused(reason, since, ready);
        }
        return next.equals(state) ? new Outcome.Stayed() : new Outcome.Moved(next);
    }

    private static Outcome ready(AgentState state, AgentRequest.Ready r, AgentSettings settings) {
        Set<Channel> enabled = settings.channels();
        Optional<Outcome> unknown = unknownChannels(r.channels(), enabled);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Set<Channel> wanted = r.channels().isEmpty() ? enabled : r.channels();
        return switch (state) {
            case Ready s -> new Outcome.Stayed();
            case Paused s -> partly(s.reason(), s.since(), wanted, enabled, settings);
            case PartiallyPaused s -> {
                Set<Channel> union = EnumSet.copyOf(s.ready());
                union.addAll(wanted);
                yield union.equals(s.ready()) ? new Outcome.Stayed()
                        : partly(s.reason(), s.since(), union, enabled, settings);
            }
        };
    }

    private static Set<Channel> readyOn(AgentState state, Set<Channel> enabled) {
        return switch (state) {
            case Ready s -> enabled;
            case Paused s -> Set.of();
            case PartiallyPaused s -> s.ready();
        };
    }

    private static Optional<Outcome> unknownChannels(Set<Channel> asked, Set<Channel> enabled) {
        Set<Channel> unknown = EnumSet.noneOf(Channel.class);
        unknown.addAll(asked);
        unknown.removeAll(enabled);
        return unknown.isEmpty() ? Optional.empty() : Optional.of(new Outcome.Refused("not one of this agent's channels: "
                + unknown.stream().map(Channel::token).collect(Collectors.joining(", "))));
    }

    private static Outcome partly(PauseReason reason, Instant since, Set<Channel> ready,
                                  Set<Channel> enabled, AgentSettings settings) {
        if (ready.containsAll(enabled)) {
            return new Outcome.Moved(new Ready());
        }
        if (!settings.partialPause()) {
            return new Outcome.Refused("Partial pause is off: the agent returns to ready on every channel at once");
        }
        return new Outcome.Moved(new PartiallyPaused(reason, since, ready));
    }
}
