package io.agentbar.app.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.HistoryStore;
import io.agentbar.core.phone.PhoneEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records each call in the history once, when the phone reports it ended. It runs on the phone's
 * signalling thread and only hands the entry to the store's writer, so no call waits for the disk.
 *
 * <pre>{@code phone.subscribe(new HistoryRecorder(store, Clock.systemUTC()));}</pre>
 */
public final class HistoryRecorder implements Consumer<PhoneEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);
    /** Enough to recognise a repeated end of any call still in memory; the store drops older repeats by call id. */
    private static final int REMEMBERED = 256;

    private final HistoryStore store;
    private final Clock clock;
    private final Map<CallId, Boolean> recorded = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CallId, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public HistoryRecorder(HistoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void accept(PhoneEvent event) {
        if (!(event instanceof PhoneEvent.CallChanged changed) || !changed.call().state().isEnded()) {
            return;
        }
        synchronized (recorded) {
            if (recorded.putIfAbsent(changed.call().id(), Boolean.TRUE) != null) {
                return;
            }
        }
        HistoryEntry.fromEnded(changed.call(), clock.instant()).ifPresent(entry -> store.record(entry)
                .whenComplete((ok, failed) -> {
                    if (failed != null) {
                        // the number is not logged: the history is personal data, the log is not
                        LOG.warn("call {} could not be added to the call history: {}", entry.callId(), failed.getMessage());
                    }
                }));
    }
}
