package io.agentbar.app.api;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentRequest;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.AgentTransitions;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.DialTarget;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The API's commands on the real {@link Phone}. The phone has no query for its calls (its state
 * belongs to the signalling thread), so this keeps the latest snapshot of each live call from the
 * phone's own events.
 */
public final class PhoneApiBinding implements PhoneCommands, AutoCloseable {
    private final Phone phone;
    private final Map<CallId, CallSnapshot> live = new ConcurrentHashMap<>();
    private final Consumer<PhoneEvent> tracker = this::track;
    private final AtomicReference<AgentStatus> agent = new AtomicReference<>();
    private final Consumer<AgentEvent> agentTracker = e -> {
        if (e instanceof AgentEvent.StatusChanged s) {
            agent.set(s.status());
        }
    };

    private PhoneApiBinding(Phone phone) {
        this.phone = phone;
    }

    /** Binds to the phone and starts following its calls. */
    public static PhoneApiBinding of(Phone phone) {
        PhoneApiBinding binding = new PhoneApiBinding(phone);
        phone.subscribe(binding.tracker);
        phone.subscribeAgent(binding.agentTracker);
        return binding;
    }

    private void track(PhoneEvent event) {
        if (event instanceof PhoneEvent.CallChanged changed) {
            CallSnapshot call = changed.call();
            if (call.state().isEnded()) {
                live.remove(call.id());
            } else {
                live.put(call.id(), call);
            }
        } else if (event instanceof PhoneEvent.ShutDown) {
            live.clear();
        }
    }

    // ---- wired to the Phone ------------------------------------------------------------------

    @Override
    public CommandOutcome originate(String number) {
        if (DialTarget.normalise(number).isEmpty()) {
            return new CommandOutcome.Invalid("'" + number + "' is not a number or SIP address");
        }
        return CommandOutcome.accepted(phone.dial(number));
    }

    @Override
    public CommandOutcome answer(Optional<CallId> call) {
        return choose(call, s -> s instanceof CallState.Ringing, "ringing", id -> phone.answer(id));
    }

    @Override
    public CommandOutcome hangUp(Optional<CallId> call) {
        if (call.isPresent()) {
            return choose(call, s -> true, "live", phone::hangUp);
        }
        List<CallId> all = calls().stream().map(CallSnapshot::id).toList();
        all.forEach(phone::hangUp);
        return new CommandOutcome.Accepted(all);
    }

    @Override
    public CommandOutcome dtmf(Optional<CallId> call, String digits) {
        return choose(call, s -> s instanceof CallState.Connected, "connected",
                id -> digits.chars().forEach(d -> phone.sendDtmf(id, (char) d)));
    }

    @Override
    public List<CallSnapshot> calls() {
        return live.values().stream().sorted(Comparator.comparing(CallSnapshot::createdAt)).toList();
    }

    @Override
    public void subscribe(Consumer<PhoneEvent> listener) {
        phone.subscribe(listener);
    }

    @Override
    public void unsubscribe(Consumer<PhoneEvent> listener) {
        phone.unsubscribe(listener);
    }

    @Override
    public CommandOutcome hold(Optional<CallId> call) {
        return choose(call, s -> s instanceof CallState.Connected, "connected", phone::hold);
    }

    @Override
    public CommandOutcome unhold(Optional<CallId> call) {
        return choose(call, s -> s instanceof CallState.Connected, "connected", phone::resume);
    }

    @Override
    public CommandOutcome blindTransfer(Optional<CallId> call, String number) {
        return choose(call, s -> s instanceof CallState.Connected, "connected", id -> phone.transfer(id, number));
    }

    /**
     * With a number: the consultation call (the phone holds the customer first). Without: completes
     * the transfer, the held call (named, or the newest held one) to the newest call not on hold.
     */
    @Override
    public CommandOutcome attendedTransfer(Optional<CallId> call, Optional<String> number) {
        if (number.isPresent()) {
            return originate(number.get());
        }
        List<CallSnapshot> connected = calls().stream().filter(c -> c.state() instanceof CallState.Connected).toList();
        Optional<CallSnapshot> held = call.map(live::get).filter(c -> c != null && c.hold().local())
                .or(() -> connected.reversed().stream().filter(c -> c.hold().local()).findFirst());
        Optional<CallSnapshot> consultation = connected.reversed().stream().filter(c -> !c.hold().local()).findFirst();
        if (held.isEmpty() || consultation.isEmpty()) {
            return new CommandOutcome.Refused("an attended transfer needs a held call and a consultation call");
        }
        phone.transfer(held.get().id(), consultation.get().id());
        return CommandOutcome.accepted(held.get().id());
    }

    // ---- conference, recording and the agent's state ------------------------------------------

    /** With a number: calls it (the current call is held). Without: mixes the held call with the active one. */
    @Override
    public CommandOutcome conference(Optional<String> number) {
        if (number.isPresent()) {
            return originate(number.get());
        }
        List<CallSnapshot> connected = calls().stream().filter(c -> c.state() instanceof CallState.Connected).toList();
        Optional<CallSnapshot> held = connected.reversed().stream().filter(c -> c.hold().local()).findFirst();
        Optional<CallSnapshot> active = connected.reversed().stream().filter(c -> !c.hold().local()).findFirst();
        if (held.isEmpty() || active.isEmpty()) {
            return new CommandOutcome.Refused("a conference needs a held call and an active call");
        }
        phone.conference(held.get().id(), active.get().id());
        return CommandOutcome.accepted(held.get().id());
    }

    @Override
    public CommandOutcome startRecording(Optional<CallId> call) {
        return choose(call, s -> s instanceof CallState.Connected, "connected", id -> phone.startRecording(id, ""));
    }

    /** Stops every recording of the call (the Phonebar API knows one recording per call). */
    @Override
    public CommandOutcome stopRecording(Optional<CallId> call) {
        return choose(call, s -> s instanceof CallState.Connected, "connected", id -> {
            CallSnapshot c = live.get(id);
            if (c != null) {
                c.recordings().forEach(r -> phone.stopRecording(id, r.number()));
            }
        });
    }

    /**
     * Checked against the latest status with the phone's own transition function, so the caller
     * hears at once what the phone would refuse; the phone decides again on its thread.
     */
    @Override
    public CommandOutcome pauseServerRecording(Optional<CallId> call) {
        return serverRecording(call, phone::pauseServerRecording);
    }

    @Override
    public CommandOutcome resumeServerRecording(Optional<CallId> call) {
        return serverRecording(call, phone::resumeServerRecording);
    }

    /** The named call, or the newest connected one the PBX records; the phone refuses what it cannot do. */
    private CommandOutcome serverRecording(Optional<CallId> call, Consumer<CallId> action) {
        if (call.isEmpty()) {
            Optional<CallSnapshot> recorded = calls().reversed().stream()
                    .filter(c -> c.state() instanceof CallState.Connected && c.serverRecording().isPresent())
                    .findFirst();
            if (recorded.isEmpty()) {
                return new CommandOutcome.Refused("no connected call the PBX records");
            }
            call = recorded.map(CallSnapshot::id);
        }
        CallSnapshot named = live.get(call.get());
        if (named != null && named.serverRecording().isEmpty()) {
            return new CommandOutcome.Refused("the PBX does not say it records call " + named.id());
        }
        return choose(call, s -> s instanceof CallState.Connected, "connected", action);
    }

    @Override
    public CommandOutcome pause(Optional<String> reason, Set<Channel> channels) {
        Optional<PauseReason> named;
        try {
            named = reason.map(PauseReason::of);
        } catch (IllegalArgumentException e) {
            return new CommandOutcome.Invalid(e.getMessage());
        }
        AgentStatus now = agent.get();
        if (now != null) {
            if (named.isPresent() && now.settings().reason(named.get().name()).isEmpty()) {
                return new CommandOutcome.Invalid("'" + named.get().name() + "' is not a pause reason; choose one of "
                        + String.join(", ", now.settings().reasons().stream().map(PauseReason::name).toList()));
            }
            PauseReason chosen = named.orElse(now.settings().reasons().getFirst());
            if (AgentTransitions.next(now.state(), new AgentRequest.Pause(chosen, Instant.EPOCH, channels),
                    now.settings()) instanceof AgentTransitions.Outcome.Refused r) {
                return new CommandOutcome.Refused(r.message());
            }
        }
        phone.pause(named, channels);
        return new CommandOutcome.Accepted(List.of());
    }

    @Override
    public CommandOutcome ready(Set<Channel> channels) {
        AgentStatus now = agent.get();
        if (now != null && AgentTransitions.next(now.state(), new AgentRequest.Ready(channels), now.settings())
                instanceof AgentTransitions.Outcome.Refused r) {
            return new CommandOutcome.Refused(r.message());
        }
        phone.ready(channels);
        return new CommandOutcome.Accepted(List.of());
    }

    @Override
    public Optional<AgentStatus> agent() {
        return Optional.ofNullable(agent.get());
    }

    @Override
    public void subscribeAgent(Consumer<AgentEvent> listener) {
        phone.subscribeAgent(listener);
    }

    @Override
    public void unsubscribeAgent(Consumer<AgentEvent> listener) {
        phone.unsubscribeAgent(listener);
    }

    // ---- choosing the call -------------------------------------------------------------------

    /**
     * The named call if it is live and in a fitting state; without a name, the newest call in a
     * fitting state (the one the agent is busy with).
     */
    private CommandOutcome choose(Optional<CallId> named, Predicate<CallState> fits, String wanted,
                                  Consumer<CallId> action) {
        Optional<CallSnapshot> call;
        if (named.isPresent()) {
            CallSnapshot found = live.get(named.get());
            if (found == null) {
                return new CommandOutcome.NoSuchCall(named.get());
            }
            if (!fits.test(found.state())) {
                return new CommandOutcome.Refused("call " + found.id() + " is not " + wanted);
            }
            call = Optional.of(found);
        } else {
            call = calls().reversed().stream().filter(c -> fits.test(c.state())).findFirst();
        }
        if (call.isEmpty()) {
            return new CommandOutcome.Refused("no " + wanted + " call");
        }
        action.accept(call.get().id());
        return CommandOutcome.accepted(call.get().id());
    }

    /** Stops following the phone; the phone itself is shut down by whoever built it. */
    @Override
    public void close() {
        phone.unsubscribe(tracker);
        phone.unsubscribeAgent(agentTracker);
    }
}
