package io.agentbar.core.alert;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The signal as a table of (calls, ringtone switch) → what the agent hears. */
class AlertSignalTest {
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    static Stream<Arguments> table() {
        CallSnapshot ringing = call(Direction.INCOMING, new CallState.Ringing(), Optional.empty());
        CallSnapshot autoAnswering = call(Direction.INCOMING, new CallState.Ringing(), Optional.of(T.plusSeconds(3)));
        CallSnapshot talking = call(Direction.OUTGOING, new CallState.Connected(T), Optional.empty());
        CallSnapshot dialling = call(Direction.OUTGOING, new CallState.Alerting(false), Optional.empty());
        CallSnapshot ended = call(Direction.INCOMING, new CallState.Ended(EndReason.MISSED, 487), Optional.empty());
        return Stream.of(
                Arguments.of("no calls", List.of(), true, AlertSignal.SILENCE),
                Arguments.of("one ringing", List.of(ringing), true, AlertSignal.RING),
                Arguments.of("one ringing, ringtone off", List.of(ringing), false, AlertSignal.SILENCE),
                Arguments.of("ringing while talking", List.of(talking, ringing), true, AlertSignal.CALL_WAITING),
                Arguments.of("ringing while talking, ringtone off", List.of(talking, ringing), false, AlertSignal.SILENCE),
                Arguments.of("auto answer pending", List.of(autoAnswering), true, AlertSignal.AUTO_ANSWER_BEEPS),
                Arguments.of("auto answer pending, ringtone off", List.of(autoAnswering), false, AlertSignal.AUTO_ANSWER_BEEPS),
                Arguments.of("auto answer beats another ringing", List.of(ringing, autoAnswering), true,
                        AlertSignal.AUTO_ANSWER_BEEPS),
                Arguments.of("our own call ringing out is not an alert", List.of(dialling), true, AlertSignal.SILENCE),
                Arguments.of("a missed call rings no more", List.of(ended), true, AlertSignal.SILENCE),
                Arguments.of("talking only", List.of(talking), true, AlertSignal.SILENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void choosesTheSignal(String name, List<CallSnapshot> calls, boolean ringtone, AlertSignal expected) {
        assertThat(AlertSignal.choose(calls, ringtone)).isEqualTo(expected);
    }

    private static CallSnapshot call(Direction direction, CallState state, Optional<Instant> autoAnswerAt) {
        return new CallSnapshot(CallId.random(), direction, new Party("sip:1002@pbx", ""), state, new MediaState.Idle(),
                T, Optional.empty(), Optional.empty(), CallSnapshot.Hold.NONE, Optional.empty(), List.of(),
                autoAnswerAt, List.of());
    }
}
