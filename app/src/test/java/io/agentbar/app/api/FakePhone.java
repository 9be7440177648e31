package io.agentbar.app.api;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** Records each command as one line ("transfer abc 1002", "-" for an absent argument) and answers {@link #outcome}. */
final class FakePhone implements PhoneCommands {
    final BlockingQueue<String> commands = new LinkedBlockingQueue<>();
    /** "subscribed" / "unsubscribed", in order. */
    final BlockingQueue<String> subscriptions = new LinkedBlockingQueue<>();
    /** The same for agent listeners. */
    final BlockingQueue<String> agentSubscriptions = new LinkedBlockingQueue<>();
    final List<Consumer<PhoneEvent>> listeners = new CopyOnWriteArrayList<>();
    volatile CommandOutcome outcome = CommandOutcome.accepted(new CallId("c1"));
    volatile List<CallSnapshot> calls = List.of();
    volatile AgentStatus agent;
    final List<Consumer<AgentEvent>> agentListeners = new CopyOnWriteArrayList<>();

    private CommandOutcome record(String command, Object... args) {
        StringBuilder line = new StringBuilder(command);
        for (Object a : args) {
            line.append(' ').append(a instanceof Optional<?> o ? o.map(FakePhone::text).orElse("-") : text(a));
        }
        commands.add(line.toString());
        return outcome;
    }

    private static String text(Object o) {
        return o instanceof CallId id ? id.value() : o.toString();
    }

    void publish(PhoneEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    @Override
    public CommandOutcome originate(String number) {
        return record("originate", number);
    }

    @Override
    public CommandOutcome answer(Optional<CallId> call) {
        return record("answer", call);
    }

    @Override
    public CommandOutcome hangUp(Optional<CallId> call) {
        return record("hangup", call);
    }

    @Override
    public CommandOutcome hold(Optional<CallId> call) {
        return record("hold", call);
    }

    @Override
    public CommandOutcome unhold(Optional<CallId> call) {
        return record("unhold", call);
    }

    @Override
    public CommandOutcome blindTransfer(Optional<CallId> call, String number) {
        return record("transfer", call, number);
    }

    @Override
    public CommandOutcome attendedTransfer(Optional<CallId> call, Optional<String> number) {
        return record("attended-transfer", call, number);
    }

    @Override
    public CommandOutcome conference(Optional<String> number) {
        return record("conference", number);
    }

    @Override
    public CommandOutcome startRecording(Optional<CallId> call) {
        return record("record-start", call);
    }

    @Override
    public CommandOutcome stopRecording(Optional<CallId> call) {
        return record("record-stop", call);
    }

    @Override
    public CommandOutcome dtmf(Optional<CallId> call, String digits) {
        return record("dtmf", call, digits);
    }

    @Override
    public CommandOutcome pauseServerRecording(Optional<CallId> call) {
        return record("record-pause", call);
    }

    @Override
    public CommandOutcome resumeServerRecording(Optional<CallId> call) {
        return record("record-resume", call);
    }

    @Override
    public CommandOutcome pause(Optional<String> reason, Set<Channel> channels) {
        return channels.isEmpty() ? record("pause", reason) : record("pause", reason, channels(channels));
    }

    @Override
    public CommandOutcome ready(Set<Channel> channels) {
        return channels.isEmpty() ? record("ready") : record("ready", channels(channels));
    }

    private static String channels(Set<Channel> channels) {
        return String.join(",", channels.stream().sorted().map(Channel::token).toList());
    }

    @Override
    public Optional<AgentStatus> agent() {
        return Optional.ofNullable(agent);
    }

    @Override
    public void subscribeAgent(Consumer<AgentEvent> listener) {
        agentListeners.add(listener);
        agentSubscriptions.add("subscribed");
    }

    @Override
    public void unsubscribeAgent(Consumer<AgentEvent> listener) {
        if (agentListeners.remove(listener)) {
            agentSubscriptions.add("unsubscribed");
        }
    }

    void publish(AgentEvent event) {
        agentListeners.forEach(l -> l.accept(event));
    }

    @Override
    public List<CallSnapshot> calls() {
        return calls;
    }

    @Override
    public void subscribe(Consumer<PhoneEvent> listener) {
        listeners.add(listener);
        subscriptions.add("subscribed");
    }

    @Override
    public void unsubscribe(Consumer<PhoneEvent> listener) {
        if (listeners.remove(listener)) {
            subscriptions.add("unsubscribed");
        }
    }
}
