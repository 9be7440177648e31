package io.agentbar.core.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryEntryTest {
    private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    @Test
    void anAnsweredCallKeepsItsPartyTimesAndTalkTime() {
        CallSnapshot call = new CallSnapshot(new CallId("c7"), Direction.INCOMING,
                new Party("sip:+39-02-100@pbx.example.com", "Alice Rossi"), new CallState.Ended(EndReason.REMOTE_HANGUP, 0),
                new MediaState.Stopped(), T0, Optional.of(T0.plusSeconds(4)), Optional.empty());

        HistoryEntry e = HistoryEntry.fromEnded(call, T0.plusSeconds(64)).orElseThrow();

        assertThat(e.callId()).isEqualTo(new CallId("c7"));
        assertThat(e.direction()).isEqualTo(Direction.INCOMING);
        assertThat(e.number()).isEqualTo("+39-02-100");
        assertThat(e.uri()).isEqualTo("sip:+39-02-100@pbx.example.com");
        assertThat(e.name()).isEqualTo("Alice Rossi");
        assertThat(e.started()).isEqualTo(T0);
        assertThat(e.answered()).contains(T0.plusSeconds(4));
        assertThat(e.ended()).isEqualTo(T0.plusSeconds(64));
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(e.reason()).isEqualTo(EndReason.REMOTE_HANGUP);
        assertThat(e.outcome()).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void anUnansweredCallHasNoTalkTimeAndKeepsItsStatus() {
        CallSnapshot call = new CallSnapshot(new CallId("c8"), Direction.OUTGOING, new Party("sip:1002@pbx", ""),
                new CallState.Ended(EndReason.BUSY, 486), new MediaState.Stopped(), T0, Optional.empty(), Optional.empty());

        HistoryEntry e = HistoryEntry.fromEnded(call, T0.plusSeconds(3)).orElseThrow();

        assertThat(e.answered()).isEmpty();
        assertThat(e.duration()).isZero();
        assertThat(e.status()).isEqualTo(486);
        assertThat(e.outcome()).isEqualTo(Outcome.BUSY);
        assertThat(e.label()).isEqualTo("1002");
    }

    @Test
    void aCallStillGoingOnMakesNoEntry() {
        CallSnapshot call = new CallSnapshot(new CallId("c9"), Direction.OUTGOING, new Party("sip:1002@pbx", ""),
                new CallState.Alerting(false), new MediaState.Idle(), T0, Optional.empty(), Optional.empty());

        assertThat(HistoryEntry.fromEnded(call, T0.plusSeconds(3))).isEmpty();
    }

    @Test
    void aClockSteppedBackGivesNoNegativeTimes() {
        CallSnapshot call = new CallSnapshot(new CallId("c10"), Direction.INCOMING, new Party("sip:1002@pbx", ""),
                new CallState.Ended(EndReason.LOCAL_HANGUP, 0), new MediaState.Stopped(), T0,
                Optional.of(T0.plusSeconds(2)), Optional.empty());

        HistoryEntry e = HistoryEntry.fromEnded(call, T0.minusSeconds(30)).orElseThrow();

        assertThat(e.ended()).isEqualTo(T0);
        assertThat(e.duration()).isZero();
    }
}
