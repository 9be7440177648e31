package io.agentbar.core.call;

import io.agentbar.core.call.CallEvent.Failed;
import io.agentbar.core.call.CallEvent.HangUpCompleted;
import io.agentbar.core.call.CallEvent.HangUpRequested;
import io.agentbar.core.call.CallEvent.LocalAnswered;
import io.agentbar.core.call.CallEvent.LocalRejected;
import io.agentbar.core.call.CallEvent.MediaFailed;
import io.agentbar.core.call.CallEvent.Progressed;
import io.agentbar.core.call.CallEvent.RemoteAnswered;
import io.agentbar.core.call.CallEvent.RemoteCancelled;
import io.agentbar.core.call.CallEvent.RemoteHungUp;
import io.agentbar.core.call.CallState.Alerting;
import io.agentbar.core.call.CallState.Connected;
import io.agentbar.core.call.CallState.Dialing;
import io.agentbar.core.call.CallState.Ended;
import io.agentbar.core.call.CallState.Ending;
import io.agentbar.core.call.CallState.Ringing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CallTransitionsTest {
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    static Stream<Arguments> table() {
        return Stream.of(
                // outgoing
                row(new Dialing(), new Progressed(180), new Alerting(false)),
                row(new Dialing(), new Progressed(183), new Alerting(true)),
                row(new Alerting(true), new Progressed(180), new Alerting(true)),
                row(new Dialing(), new RemoteAnswered(T), new Connected(T)),
                row(new Alerting(false), new RemoteAnswered(T), new Connected(T)),
                row(new Dialing(), new HangUpRequested(), new Ending()),
                row(new Alerting(false), new HangUpRequested(), new Ending()),
                row(new Dialing(), new Failed(486), new Ended(EndReason.BUSY, 486)),
                row(new Alerting(false), new Failed(603), new Ended(EndReason.DECLINED, 603)),
                row(new Dialing(), new Failed(404), new Ended(EndReason.NOT_FOUND, 404)),
                row(new Dialing(), new Failed(408), new Ended(EndReason.UNREACHABLE, 408)),
                row(new Dialing(), new Failed(500), new Ended(EndReason.FAILED, 500)),
                row(new Dialing(), new MediaFailed(), new Ending(EndReason.MEDIA_FAILED)),
                // incoming
                row(new Ringing(), new LocalAnswered(T), new Connected(T)),
                row(new Ringing(), new LocalRejected(603), new Ended(EndReason.REJECTED, 603)),
                row(new Ringing(), new RemoteCancelled(), new Ended(EndReason.MISSED, 487)),
                row(new Ringing(), new HangUpRequested(), new Ended(EndReason.REJECTED, 603)),
                row(new Ringing(), new CallEvent.LocalForwarded(), new Ended(EndReason.FORWARDED, 302)),
                // established
                row(new Connected(T), new HangUpRequested(), new Ending()),
                row(new Connected(T), new RemoteHungUp(), new Ended(EndReason.REMOTE_HANGUP, 0)),
                row(new Connected(T), new MediaFailed(), new Ending(EndReason.MEDIA_FAILED)),
                // ending
                row(new Ending(), new HangUpCompleted(200), new Ended(EndReason.LOCAL_HANGUP, 200)),
                row(new Ending(), new HangUpCompleted(487), new Ended(EndReason.CANCELLED, 487)),
                row(new Ending(), new Failed(487), new Ended(EndReason.CANCELLED, 487)),
                row(new Ending(), new RemoteHungUp(), new Ended(EndReason.LOCAL_HANGUP, 0)),
                row(new Ending(EndReason.MEDIA_FAILED), new HangUpCompleted(200), new Ended(EndReason.MEDIA_FAILED, 200)),
                row(new Ending(EndReason.MEDIA_FAILED), new RemoteHungUp(), new Ended(EndReason.MEDIA_FAILED, 0)),
                // illegal: ignored
                row(new Dialing(), new LocalAnswered(T), null),
                row(new Dialing(), new RemoteCancelled(), null),
                row(new Ringing(), new RemoteAnswered(T), null),
                row(new Ringing(), new Progressed(180), null),
                row(new Connected(T), new RemoteAnswered(T), null),
                row(new Connected(T), new LocalAnswered(T), null),
                row(new Connected(T), new CallEvent.LocalForwarded(), null),
                row(new Dialing(), new CallEvent.LocalForwarded(), null),
                row(new Ending(), new HangUpRequested(), null),
                row(new Ending(), new RemoteAnswered(T), null),
                row(new Ended(EndReason.BUSY, 486), new RemoteHungUp(), null),
                row(new Ended(EndReason.BUSY, 486), new HangUpRequested(), null),
                row(new Ended(EndReason.REMOTE_HANGUP, 0), new RemoteAnswered(T), null));
    }

    private static Arguments row(CallState from, CallEvent event, CallState to) {
        return Arguments.of(from, event, Optional.ofNullable(to));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void transitionTable(CallState from, CallEvent event, Optional<CallState> expected) {
        assertThat(CallTransitions.next(from, event)).isEqualTo(expected);
    }
}
