package io.agentbar.core.phone;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentRequest;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.AgentTransitions;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.signalling.PresenceStatus;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's contact-center state as the phone runs it: the pure machine of
 * {@link AgentTransitions} plus what each change sets off at the server (SIP presence, feature
 * codes through {@link FeatureCodes}) and the refusal of queue calls while paused on voice.
 * Confined to the phone's signalling thread, except the listener list.
 */
final class AgentControl {
    private static final Logger LOG = Logger.getLogger(AgentControl.class.getName());

    private final Signalling signalling;
    private final Clock clock;
    private final FeatureCodes codes;
    private final List<Consumer<AgentEvent>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Until the app configures the agent: the default reasons, and no presence, so a phone that
     * was told nothing about its server sends no PUBLISH it did not ask for.
     */
    private AgentSettings settings = AgentSettings.defaults().withPresence(false);
    private AgentState state = new AgentState.Ready();
    private Optional<Instant> connectedSince = Optional.empty();
    private AgentStatus.Presence presence = AgentStatus.Presence.OFF;
    private boolean presenceUnsupported;
    private AgentStatus announced;

    AgentControl(Signalling signalling, Clock clock, FeatureCodes codes) {
        this.signalling = signalling;
        this.clock = clock;
        this.codes = codes;
    }

    void subscribe(Consumer<AgentEvent> listener) {
        listeners.add(listener);
    }

    void unsubscribe(Consumer<AgentEvent> listener) {
        listeners.remove(listener);
    }

    AgentStatus status() {
        return new AgentStatus(state, connectedSince, settings, presence);
    }

    void configure(AgentSettings next) {
        boolean wasPublishing = settings.publishPresence();
        settings = Objects.requireNonNull(next, "settings");
        if (wasPublishing && !settings.publishPresence() && presence != AgentStatus.Presence.OFF
                && presence != AgentStatus.Presence.UNSUPPORTED) {
            signalling.withdrawPresence();
            presence = AgentStatus.Presence.OFF;
        } else if (!wasPublishing && settings.publishPresence()) {
            publishPresence();
        }
        announce();
    }

    /**
     * Pauses on {@code channels} (empty: all) for {@code reason}, or for the first configured
     * reason when none is named.
     */
    void pause(Optional<io.agentbar.core.agent.PauseReason> reason, java.util.Set<Channel> channels,
               Consumer<String> refused) {
        request(new AgentRequest.Pause(reason.orElse(settings.reasons().getFirst()), clock.instant(), channels),
                refused);
    }

    void request(AgentRequest request, Consumer<String> refused) {
        switch (AgentTransitions.next(state, request, settings)) {
            case AgentTransitions.Outcome.Refused r -> refused.accept(r.message());
            case AgentTransitions.Outcome.Stayed s -> LOG.fine(() -> "agent: " + request + " changes nothing in " + state);
            case AgentTransitions.Outcome.Moved m -> {
                AgentState before = state;
                state = m.state();
                LOG.info(() -> "agent: " + describe(before) + " -> " + describe(state));
                publishPresence();
                codes.onChange(before, state, settings, refused);
                announce();
            }
        }
    }

    /** Follows the registration: connected means registered; a reconnect publishes the state again. */
    void onRegistration(RegistrationState registration) {
        boolean registered = registration instanceof RegistrationState.Registered;
        if (registered && connectedSince.isEmpty()) {
            connectedSince = Optional.of(clock.instant());
            publishPresence(); // the PBX may have lost (or never had) what we published before
            announce();
        } else if (!registered && connectedSince.isPresent()) {
            connectedSince = Optional.empty();
            if (presence != AgentStatus.Presence.UNSUPPORTED) {
                presence = AgentStatus.Presence.OFF;
            }
            announce();
        }
    }

    /** @return whether the event was the agent's (presence, or a feature-code call), now handled */
    boolean handles(SignallingEvent event) {
        switch (event) {
            case SignallingEvent.PresencePublished p -> {
                if (presence == AgentStatus.Presence.PENDING || presence == AgentStatus.Presence.FAILED) {
                    presence = AgentStatus.Presence.PUBLISHED;
                    announce();
                }
                return true;
            }
            case SignallingEvent.PresenceRefused r -> {
                if (r.unsupported()) {
                    // reported once: no more PUBLISHes this session, the server would only refuse them again
                    presenceUnsupported = true;
                    presence = AgentStatus.Presence.UNSUPPORTED;
                    LOG.info(() -> "the server takes no presence (" + r.status() + " " + r.reason()
                            + "): the agent state is not published");
                } else {
                    presence = AgentStatus.Presence.FAILED;
                    LOG.warning(() -> "presence not published: " + r.status() + " " + r.reason());
                }
                announce();
                return true;
            }
            default -> {
                return codes.handles(event);
            }
        }
    }

    /**
     * The status an incoming call is refused with while the agent is paused on voice, when it is
     * a queue call (every call, or those with the configured header). A call taking over one of
     * ours (Replaces) is a transfer in progress, never a queue call.
     */
    OptionalInt refusal(SignallingEvent.IncomingCall in) {
        if (in.replaces().isPresent() || !state.pausedOn(Channel.VOICE)
                || settings.queueHeader().filter(h -> !in.hasHeader(h)).isPresent()) {
            return OptionalInt.empty();
        }
        int status = settings.pausedResponse();
        LOG.info(() -> "incoming call refused with " + status + ": the agent is paused on voice");
        emit(new AgentEvent.CallRefused(in.from(), status, state));
        return OptionalInt.of(status);
    }

    /** The phone shuts down: the published state goes, feature-code calls end. */
    void stop() {
        if (presence == AgentStatus.Presence.PUBLISHED || presence == AgentStatus.Presence.PENDING) {
            signalling.withdrawPresence();
        }
        codes.stop();
    }

    /** Sends the current state to one new listener (the phone calls this on its thread). */
    void greet(Consumer<AgentEvent> listener) {
        listener.accept(new AgentEvent.StatusChanged(status()));
    }

    static PresenceStatus presenceOf(AgentState state) {
        return switch (state) {
            case AgentState.Ready r -> new PresenceStatus(true, List.of(), Optional.empty());
            // basic status follows the SIP contact (voice); the activity says the agent is on a pause
            case AgentState.Paused p -> new PresenceStatus(false, List.of(PresenceStatus.Activity.AWAY),
                    Optional.of(p.reason().name()));
            case AgentState.PartiallyPaused p -> new PresenceStatus(!p.pausedOn(Channel.VOICE),
                    List.of(PresenceStatus.Activity.AWAY), Optional.of(p.reason().name()));
        };
    }

    private void publishPresence() {
        if (!settings.publishPresence() || presenceUnsupported || connectedSince.isEmpty()) {
            return;
        }
        signalling.publishPresence(presenceOf(state));
        presence = AgentStatus.Presence.PENDING;
    }

    private void announce() {
        AgentStatus now = status();
        if (!now.equals(announced)) {
            announced = now;
            emit(new AgentEvent.StatusChanged(now));
        }
    }

    private void emit(AgentEvent event) {
        for (Consumer<AgentEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "agent listener failed on " + event.getClass().getSimpleName(), e);
            }
        }
    }

    private static String describe(AgentState s) {
        return switch (s) {
            case AgentState.Ready r -> "ready";
            case AgentState.Paused p -> "paused (" + p.reason() + ")";
            case AgentState.PartiallyPaused p -> "paused (" + p.reason() + "), ready on " + p.ready();
        };
    }
}
