package io.agentbar.app.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.InMemoryHistoryStore;
import io.agentbar.core.history.Outcome;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.agentbar.app.history.HistoryEntries.T0;
import static org.assertj.core.api.Assertions.assertThat;

class HistoryRecorderTest {
    private final InMemoryHistoryStore store = new InMemoryHistoryStore();
    private final HistoryRecorder recorder = new HistoryRecorder(store, Clock.fixed(T0.plusSeconds(90), ZoneOffset.UTC));

    private static PhoneEvent changed(String id, CallState state) {
        return new PhoneEvent.CallChanged(new CallSnapshot(new CallId(id), Direction.INCOMING,
                new Party("sip:1001@pbx.example.com", "Alice"), state, new MediaState.Stopped(), T0,
                Optional.of(T0.plusSeconds(10)), Optional.empty()));
    }

    @Test
    void aCallIsRecordedOnceWhenItEnds() {
        recorder.accept(changed("c1", new CallState.Ringing()));
        recorder.accept(changed("c1", new CallState.Connected(T0.plusSeconds(10))));
        assertThat(store.recent(10)).isEmpty();

        recorder.accept(changed("c1", new CallState.Ended(EndReason.REMOTE_HANGUP, 0)));
        recorder.accept(changed("c1", new CallState.Ended(EndReason.REMOTE_HANGUP, 0)));

        assertThat(store.recent(10)).singleElement().satisfies(e -> {
            assertThat(e.callId()).isEqualTo(new CallId("c1"));
            assertThat(e.ended()).isEqualTo(T0.plusSeconds(90));
            assertThat(e.duration()).isEqualTo(Duration.ofSeconds(80));
            assertThat(e.outcome()).isEqualTo(Outcome.ANSWERED);
        });
    }

    @Test
    void otherEventsAreIgnored() {
        recorder.accept(new PhoneEvent.AudioControlsChanged(true, false));
        recorder.accept(new PhoneEvent.ShutDown());

        assertThat(store.recent(10)).isEmpty();
    }

    @Test
    void eachCallGetsItsOwnEntry() {
        recorder.accept(changed("c1", new CallState.Ended(EndReason.REMOTE_HANGUP, 0)));
        recorder.accept(changed("c2", new CallState.Ended(EndReason.REMOTE_HANGUP, 0)));

        assertThat(store.recent(10)).extracting(HistoryEntry::callId).extracting(CallId::value).containsExactlyInAnyOrder("c1", "c2");
    }
}
