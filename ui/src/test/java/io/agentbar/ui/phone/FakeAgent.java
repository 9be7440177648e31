package io.agentbar.ui.phone;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentRequest;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.AgentTransitions;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.PhoneEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The fake phone's agent state: the real pure transition function ({@link AgentTransitions}) over
 * a status held here, published like the real phone does (the current status first to a new listener).
 */
final class FakeAgent {
    private final Clock clock;
    private final List<Consumer<AgentEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile AgentStatus status;

    FakeAgent(Clock clock) {
        this.clock = clock;
        this.status = new AgentStatus(new AgentState.Ready(), Optional.empty(), AgentSettings.defaults(),
                AgentStatus.Presence.OFF);
    }

    void subscribe(Consumer<AgentEvent> listener) {
        listeners.add(listener);
        listener.accept(new AgentEvent.StatusChanged(status));
    }

    AgentStatus status() {
        return status;
    }

    void configure(AgentSettings settings) {
        publish(new AgentStatus(status.state(), status.connectedSince(), settings, status.presence()));
    }

    void connected(Optional<Instant> since) {
        publish(new AgentStatus(status.state(), since, status.settings(), status.presence()));
    }

    void pause(Optional<PauseReason> reason, Set<Channel> channels, Consumer<PhoneEvent> refusals) {
        PauseReason r = reason.orElse(status.settings().reasons().getFirst());
        request(new AgentRequest.Pause(r, clock.instant(), channels), refusals);
    }

    void request(AgentRequest request, Consumer<PhoneEvent> refusals) {
        switch (AgentTransitions.next(status.state(), request, status.settings())) {
            case AgentTransitions.Outcome.Moved m ->
                    publish(new AgentStatus(m.state(), status.connectedSince(), status.settings(), status.presence()));
            case AgentTransitions.Outcome.Stayed s -> {
            }
            case AgentTransitions.Outcome.Refused f -> refusals.accept(new PhoneEvent.CommandRefused(f.message()));
        }
    }

    /** A queue call refused while paused: the agent is only told. */
    void refuseCall(Party from) {
        AgentEvent e = new AgentEvent.CallRefused(from, status.settings().pausedResponse(), status.state());
        listeners.forEach(l -> l.accept(e));
    }

    private void publish(AgentStatus next) {
        status = next;
        AgentEvent e = new AgentEvent.StatusChanged(next);
        listeners.forEach(l -> l.accept(e));
    }
}
