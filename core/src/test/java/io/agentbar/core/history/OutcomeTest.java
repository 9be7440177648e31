package io.agentbar.core.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way a call can end, answered or not, each direction: the outcome the history shows. */
class OutcomeTest {
    private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    @ParameterizedTest(name = "{0} {1} answered={2} -> {3}")
    @CsvSource({
            // reason,            direction, answered, outcome
            "LOCAL_HANGUP,        OUTGOING,  true,     ANSWERED",
            "LOCAL_HANGUP,        INCOMING,  true,     ANSWERED",
            "REMOTE_HANGUP,       OUTGOING,  true,     ANSWERED",
            "REMOTE_HANGUP,       INCOMING,  true,     ANSWERED",
            "MEDIA_FAILED,        OUTGOING,  true,     FAILED",
            "MEDIA_FAILED,        INCOMING,  true,     FAILED",
            "LOCAL_HANGUP,        OUTGOING,  false,    CANCELLED",
            "REMOTE_HANGUP,       INCOMING,  false,    MISSED",
            "CANCELLED,           OUTGOING,  false,    CANCELLED",
            "CANCELLED,           INCOMING,  false,    MISSED",
            "MISSED,              INCOMING,  false,    MISSED",
            "REJECTED,            INCOMING,  false,    REJECTED",
            "DECLINED,            OUTGOING,  false,    REJECTED",
            "FORWARDED,           INCOMING,  false,    FORWARDED",
            "BUSY,                OUTGOING,  false,    BUSY",
            "NOT_FOUND,           OUTGOING,  false,    FAILED",
            "UNREACHABLE,         OUTGOING,  false,    FAILED",
            "INCOMPATIBLE_MEDIA,  OUTGOING,  false,    FAILED",
            "INCOMPATIBLE_MEDIA,  INCOMING,  false,    FAILED",
            "MEDIA_FAILED,        OUTGOING,  false,    FAILED",
            "INVALID_TARGET,      OUTGOING,  false,    FAILED",
            "BLOCKED,             OUTGOING,  false,    FAILED",
            "UNAUTHORIZED,        OUTGOING,  false,    FAILED",
            "FAILED,              OUTGOING,  false,    FAILED",
            "FAILED,              INCOMING,  false,    FAILED",
    })
    void endReasonMapsToOutcome(EndReason reason, Direction direction, boolean answered, Outcome outcome) {
        assertThat(Outcome.of(ended(reason, direction, answered, Optional.empty()))).isEqualTo(outcome);
    }

    @ParameterizedTest
    @EnumSource(EndReason.class)
    void everyReasonHasAnOutcomeEitherWay(EndReason reason) {
        for (Direction d : Direction.values()) {
            assertThat(Outcome.of(ended(reason, d, false, Optional.empty()))).isNotNull();
            assertThat(Outcome.of(ended(reason, d, true, Optional.empty())))
                    .isIn(reason == EndReason.MEDIA_FAILED ? Outcome.FAILED : Outcome.ANSWERED);
        }
    }

    @Test
    void aSucceededTransferIsTransferred() {
        var done = new CallSnapshot.TransferStatus("1003", 200, "OK", true);
        assertThat(Outcome.of(ended(EndReason.LOCAL_HANGUP, Direction.INCOMING, true, Optional.of(done))))
                .isEqualTo(Outcome.TRANSFERRED);
    }

    @Test
    void aFailedTransferLeavesTheCallAnswered() {
        var failed = new CallSnapshot.TransferStatus("1003", 486, "Busy Here", true);
        assertThat(Outcome.of(ended(EndReason.REMOTE_HANGUP, Direction.INCOMING, true, Optional.of(failed))))
                .isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void aCallStillGoingOnHasNoOutcome() {
        CallSnapshot live = new CallSnapshot(new CallId("c1"), Direction.OUTGOING, new Party("sip:1@x", ""),
                new CallState.Connected(T0), new MediaState.Idle(), T0, Optional.of(T0), Optional.empty());
        assertThatThrownBy(() -> Outcome.of(live)).isInstanceOf(IllegalArgumentException.class);
    }

    static CallSnapshot ended(EndReason reason, Direction direction, boolean answered,
                              Optional<CallSnapshot.TransferStatus> transfer) {
        return new CallSnapshot(new CallId("c1"), direction, new Party("sip:1001@pbx.example.com", "Alice"),
                new CallState.Ended(reason, 0), new MediaState.Stopped(), T0,
                answered ? Optional.of(T0.plusSeconds(5)) : Optional.empty(), Optional.empty(),
                CallSnapshot.Hold.NONE, transfer, List.of(), Optional.empty(), List.of());
    }
}
