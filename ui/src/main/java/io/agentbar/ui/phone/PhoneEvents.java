package io.agentbar.ui.phone;

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

    /** The real phone's events. */
    static PhoneEvents of(Phone phone) {
        return phone::subscribe;
    }
}
