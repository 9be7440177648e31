package io.agentbar.ui.call;

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

/**
 * Every call panel button's rule as a table. The expected column reads, in order, hold, resume,
 * transfer, conference, split, leave, record: H hidden, D disabled, E enabled.
 */
class CallActionsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final CallSnapshot.Hold NOT_HELD = CallSnapshot.Hold.NONE;
    private static final CallSnapshot.Hold HELD = new CallSnapshot.Hold(true, false, false);
    private static final CallSnapshot.Hold HOLDING = new CallSnapshot.Hold(true, false, true);
    private static final CallSnapshot.Hold RESUMING = new CallSnapshot.Hold(false, false, true);
    private static final CallSnapshot.Hold HELD_BY_THEM = new CallSnapshot.Hold(false, true, false);
    private static final Optional<CallSnapshot.TransferStatus> NO_TRANSFER = Optional.empty();
    private static final Optional<CallSnapshot.TransferStatus> TRANSFERRING =
            Optional.of(new CallSnapshot.TransferStatus("1003", 180, "Ringing", false));
    private static final Optional<CallSnapshot.TransferStatus> TRANSFER_FAILED =
            Optional.of(new CallSnapshot.TransferStatus("1003", 486, "Busy Here", true));
    private static final List<CallId> ALONE = List.of();
    private static final List<CallId> CONFERENCED = List.of(new CallId("other"));
    private static final CallState CONNECTED = new CallState.Connected(T0);

    static Stream<Arguments> rules() {
        return Stream.of(
                row("dialling", new CallState.Dialing(), NOT_HELD, NO_TRANSFER, ALONE, true, "DHDDHHD"),
                row("ringing at the far end", new CallState.Alerting(false), NOT_HELD, NO_TRANSFER, ALONE, true, "DHDDHHD"),
                row("early media", new CallState.Alerting(true), NOT_HELD, NO_TRANSFER, ALONE, false, "DHDDHHD"),
                row("connected, alone", CONNECTED, NOT_HELD, NO_TRANSFER, ALONE, false, "EHEDHHE"),
                row("connected, another call up", CONNECTED, NOT_HELD, NO_TRANSFER, ALONE, true, "EHEEHHE"),
                row("held by us", CONNECTED, HELD, NO_TRANSFER, ALONE, true, "HEEEHHE"),
                row("hold under way", CONNECTED, HOLDING, NO_TRANSFER, ALONE, true, "HDDDHHE"),
                row("resume under way", CONNECTED, RESUMING, NO_TRANSFER, ALONE, true, "DHDDHHE"),
                row("held by them", CONNECTED, HELD_BY_THEM, NO_TRANSFER, ALONE, true, "EHEEHHE"),
                row("transfer in progress", CONNECTED, NOT_HELD, TRANSFERRING, ALONE, true, "DHDDHHE"),
                row("transfer failed, call back", CONNECTED, NOT_HELD, TRANSFER_FAILED, ALONE, true, "EHEEHHE"),
                row("in a conference", CONNECTED, NOT_HELD, NO_TRANSFER, CONFERENCED, true, "EHHHEEE"),
                row("leaving a conference", CONNECTED, NOT_HELD, TRANSFERRING, CONFERENCED, true, "DHHHDDE"),
                row("hanging up", new CallState.Ending(), NOT_HELD, NO_TRANSFER, ALONE, true, "DHDDHHD"),
                row("ended", new CallState.Ended(EndReason.REMOTE_HANGUP, 0), NOT_HELD, NO_TRANSFER, ALONE, true,
                        "HHHHHHH"),
                row("ended by our transfer", new CallState.Ended(EndReason.LOCAL_HANGUP, 0), NOT_HELD,
                        Optional.of(new CallSnapshot.TransferStatus("1003", 200, "OK", true)), ALONE, true, "HHHHHHH"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachButtonShowsAndEnablesAsTheCallAllows(String situation, CallSnapshot call, boolean peer, String expected) {
        CallActions a = CallActions.of(call, peer);

        String actual = Stream.of(a.hold(), a.resume(), a.transfer(), a.conference(), a.split(), a.leave(), a.record())
                .map(v -> v.name().substring(0, 1)).reduce("", String::concat);
        assertThat(actual).as(situation + " (hold resume transfer conference split leave record)").isEqualTo(expected);
    }

    private static Arguments row(String situation, CallState state, CallSnapshot.Hold hold,
                                 Optional<CallSnapshot.TransferStatus> transfer, List<CallId> conference,
                                 boolean peer, String expected) {
        CallSnapshot call = new CallSnapshot(new CallId("c1"), Direction.OUTGOING, new Party("1002", ""), state,
                new MediaState.Idle(), T0, Optional.empty(), Optional.empty(), hold, transfer, List.of(),
                Optional.empty(), conference);
        return Arguments.of(situation, call, peer, expected);
    }
}
