package io.agentbar.ui.phone;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;

import java.util.function.Consumer;

/**
 * Where phone events come from. Listeners may be called on any thread (the real phone calls them
 * on its signalling thread), which is why the UI only ever subscribes through {@link FxBridge}.
 */
@FunctionalInterface
public interface PhoneEvents {

    void subscribe(Consumer<PhoneEvent> listener);

    /**
     * The agent's pause/ready events; the first one delivered is the current status. A source
     * without an agent (an old test double) delivers none, and the bar keeps its pause button off.
     */
    default void subscribeAgent(Consumer<AgentEvent> listener) {
    }

    /** The real phone's events. */
    static PhoneEvents of(Phone phone) {
        return new PhoneEvents() {
            @Override
            public void subscribe(Consumer<PhoneEvent> listener) {
                phone.subscribe(listener);
            }

            @Override
            public void subscribeAgent(Consumer<AgentEvent> listener) {
                phone.subscribeAgent(listener);
            }
        };
    }
}
