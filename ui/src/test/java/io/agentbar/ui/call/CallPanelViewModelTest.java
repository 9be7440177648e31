package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CallPanelViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final CallId ID = new CallId("c1");

    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.synchronous(clock);

    static Stream<Arguments> stateTexts() {
        return Stream.of(
                Arguments.of(new CallState.Dialing(), "Calling…", true),
                Arguments.of(new CallState.Alerting(false), "Ringing…", true),
                Arguments.of(new CallState.Alerting(true), "Ringing… (early audio)", true),
                Arguments.of(new CallState.Ringing(), "Incoming call…", true),
                Arguments.of(new CallState.Connected(T0), "Connected", true),
                Arguments.of(new CallState.Ending(), "Hanging up…", false),
                Arguments.of(new CallState.Ended(EndReason.BUSY, 486), "Ended — busy", false),
                Arguments.of(new CallState.Ended(EndReason.LOCAL_HANGUP, 0), "Ended", false),
                Arguments.of(new CallState.Ended(EndReason.REMOTE_HANGUP, 0), "Ended — they hung up", false),
                Arguments.of(new CallState.Ended(EndReason.NOT_FOUND, 404), "Ended — number not found", false),
                Arguments.of(new CallState.Ended(EndReason.UNREACHABLE, 503), "Ended — unreachable (503)", false),
                Arguments.of(new CallState.Ended(EndReason.FAILED, 500), "Ended — failed (500)", false),
                Arguments.of(new CallState.Ended(EndReason.FAILED, 0), "Ended — failed", false));
    }

    @ParameterizedTest
    @MethodSource("stateTexts")
    void showsEachCallStateAndWhetherItCanBeHungUp(CallState state, String text, boolean canHangUp) {
        CallPanelViewModel vm = panel(snapshot(state, new MediaState.Idle()));

        assertThat(vm.stateText().get()).isEqualTo(text);
        assertThat(vm.canHangUp().get()).isEqualTo(canHangUp);
        assertThat(vm.ended().get()).isEqualTo(state.isEnded());
    }

    @ParameterizedTest
    @EnumSource(EndReason.class)
    void everyEndReasonHasWords(EndReason reason) {
        String text = CallTexts.state(new CallState.Ended(reason, 0));

        assertThat(text).isNotBlank().doesNotContain("!");
    }

    @Test
    void timerCountsFromConnectionInMinutesAndSeconds() {
        CallPanelViewModel vm = panel(snapshot(new CallState.Dialing(), new MediaState.Idle()));
        assertThat(vm.timerText().get()).isEmpty();

        vm.update(connectedAt(T0), T0);
        assertThat(vm.timerText().get()).isEqualTo("00:00");
        vm.tick(T0.plusSeconds(137));
        assertThat(vm.timerText().get()).isEqualTo("02:17");
        vm.tick(T0.plus(Duration.ofMinutes(59).plusSeconds(59)));
        assertThat(vm.timerText().get()).isEqualTo("59:59");
        vm.tick(T0.plus(Duration.ofHours(1).plusMinutes(2).plusSeconds(3)));
        assertThat(vm.timerText().get()).isEqualTo("1:02:03");
    }

    @Test
    void timerStopsWhenTheCallEnds() {
        CallPanelViewModel vm = panel(connectedAt(T0));

        vm.update(snapshot(new CallState.Ended(EndReason.REMOTE_HANGUP, 0), new MediaState.Stopped(),
                Optional.of(T0)), T0.plusSeconds(42));
        vm.tick(T0.plusSeconds(50));

        assertThat(vm.timerText().get()).isEqualTo("00:42");
        assertThat(vm.endedAt()).contains(T0.plusSeconds(42));
    }

    @Test
    void timerNeverRunsBackwardsOnAClockStep() {
        assertThat(CallTexts.timer(Duration.ofSeconds(-5))).isEqualTo("00:00");
    }

    @Test
    void mediaIndicationFollowsTheAudio() {
        CallPanelViewModel vm = panel(connectedAt(T0));
        assertThat(vm.media().get()).isEqualTo(MediaIndication.FLOWING);
        assertThat(vm.mediaText().get()).isEqualTo("Opus");

        vm.update(withMedia(new MediaState.Silent(FakePhone.OPUS, 5000)), T0);
        assertThat(vm.media().get()).isEqualTo(MediaIndication.SILENT);
        assertThat(vm.mediaText().get()).isEqualTo("no audio");

        vm.update(withMedia(new MediaState.Waiting(FakePhone.OPUS)), T0);
        assertThat(vm.mediaText().get()).isEqualTo("connecting audio…");

        vm.update(withMedia(new MediaState.Idle()), T0);
        assertThat(vm.media().get()).isEqualTo(MediaIndication.NONE);
        assertThat(vm.mediaText().get()).isEmpty();
    }

    @Test
    void showsTheNameWithTheNumberBesideIt() {
        CallPanelViewModel vm = panel(new CallSnapshot(ID, Direction.INCOMING, new Party("sip:5551234@pbx", "Alice Smith"),
                new CallState.Connected(T0), new MediaState.Idle(), T0, Optional.of(T0), Optional.empty()));

        assertThat(vm.remoteLabel().get()).isEqualTo("Alice Smith");
        assertThat(vm.subtitle().get()).isEqualTo("5551234");
        assertThat(vm.directionText().get()).isEqualTo("Incoming call");
    }

    @Test
    void showsTheNumberAndTheDirectionWhenNoNameIsKnown() {
        CallPanelViewModel vm = panel(snapshot(new CallState.Dialing(), new MediaState.Idle()));

        assertThat(vm.remoteLabel().get()).isEqualTo("1002");
        assertThat(vm.subtitle().get()).isEqualTo("Outgoing call");
    }

    @Test
    void hangUpAsksThePhoneOnlyWhileTheCallIsUp() {
        CallPanelViewModel vm = panel(connectedAt(T0));
        vm.hangUp();
        vm.update(snapshot(new CallState.Ending(), new MediaState.Stopped()), T0);
        vm.hangUp();

        assertThat(phone.commands).containsExactly("hangUp c1");
    }

    @Test
    void accessibleTextSaysWhoStateAndTime() {
        CallPanelViewModel vm = panel(connectedAt(T0));
        vm.tick(T0.plusSeconds(5));

        assertThat(vm.accessibleText().get()).isEqualTo("1002, Connected, 00:05");
    }

    private CallPanelViewModel panel(CallSnapshot first) {
        return new CallPanelViewModel(1, first, phone, T0);
    }

    private static CallSnapshot snapshot(CallState state, MediaState media) {
        return snapshot(state, media, Optional.empty());
    }

    private static CallSnapshot snapshot(CallState state, MediaState media, Optional<Instant> connectedAt) {
        return new CallSnapshot(ID, Direction.OUTGOING, new Party("1002", ""), state, media, T0, connectedAt,
                Optional.of(Codec.OPUS));
    }

    private static CallSnapshot connectedAt(Instant since) {
        return snapshot(new CallState.Connected(since), new MediaState.Flowing(FakePhone.OPUS), Optional.of(since));
    }

    private static CallSnapshot withMedia(MediaState media) {
        return snapshot(new CallState.Connected(T0), media, Optional.of(T0));
    }
}
