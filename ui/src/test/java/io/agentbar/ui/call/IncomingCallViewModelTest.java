package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IncomingCallViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final FakePhone phone = FakePhone.synchronous(MutableClock.atTen());

    @Test
    void showsTheCallerNameAboveTheNumber() {
        IncomingCallViewModel vm = ringing(new Party("sip:5551234@pbx.example.com", "Alice Smith"));

        assertThat(vm.callerName()).isEqualTo("Alice Smith");
        assertThat(vm.callerNumber()).isEqualTo("5551234");
        assertThat(vm.title()).isEqualTo("Alice Smith");
        assertThat(vm.subtitle()).isEqualTo("5551234");
        assertThat(vm.accessibleText()).isEqualTo("Incoming call from Alice Smith");
    }

    @Test
    void showsTheNumberAloneWhenTheCallerSentNoName() {
        IncomingCallViewModel vm = ringing(new Party("sip:5551234@pbx.example.com", ""));

        assertThat(vm.title()).isEqualTo("5551234");
        assertThat(vm.subtitle()).isEmpty();
    }

    @Test
    void saysUnknownCallerForAWithheldNumber() {
        IncomingCallViewModel vm = ringing(new Party("sip:anonymous@anonymous.invalid", ""));

        assertThat(vm.title()).isEqualTo("Unknown caller");
        assertThat(vm.subtitle()).isEmpty();
    }

    @Test
    void answerAndRejectGoToThePhone() {
        IncomingCallViewModel vm = ringing(new Party("sip:5551234@pbx", ""));

        vm.answer();
        vm.reject();

        assertThat(phone.commands).containsExactly("answer in-1", "reject in-1");
    }

    @Test
    void autoAnswerCountsDownInWholeSecondsRoundedUp() {
        IncomingCallViewModel vm = new IncomingCallViewModel(autoAnswering(Optional.of(T0.plusSeconds(3))), phone, T0);
        assertThat(vm.autoAnswering().get()).isTrue();
        assertThat(vm.autoAnswerText().get()).isEqualTo("Answering in 3 s");

        vm.tick(T0.plusMillis(1500));
        assertThat(vm.autoAnswerText().get()).isEqualTo("Answering in 2 s");
        vm.tick(T0.plusMillis(2999));
        assertThat(vm.autoAnswerText().get()).isEqualTo("Answering in 1 s");
        vm.tick(T0.plusSeconds(4));
        assertThat(vm.autoAnswerText().get()).isEqualTo("Answering in 0 s");
    }

    @Test
    void withoutAutoAnswerThereIsNoCountdownAndCancelSendsNothing() {
        IncomingCallViewModel vm = ringing(new Party("sip:5551234@pbx", ""));

        vm.cancelAutoAnswer();

        assertThat(vm.autoAnswering().get()).isFalse();
        assertThat(vm.autoAnswerText().get()).isEmpty();
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void cancelAsksThePhoneAndTheCountdownGoesWhenTheSnapshotSaysSo() {
        IncomingCallViewModel vm = new IncomingCallViewModel(autoAnswering(Optional.of(T0.plusSeconds(5))), phone, T0);

        vm.cancelAutoAnswer();
        assertThat(phone.commands).containsExactly("cancelAutoAnswer in-1");
        assertThat(vm.autoAnswering().get()).as("until the phone confirms").isTrue();

        vm.update(autoAnswering(Optional.empty()), T0.plusSeconds(1));
        assertThat(vm.autoAnswering().get()).isFalse();
    }

    @Test
    void forwardAsksWhereToAndSendsOnlyADiallableTarget() {
        IncomingCallViewModel vm = ringing(new Party("sip:5551234@pbx", ""));
        vm.forward();
        assertThat(phone.commands).as("closed prompt sends nothing").isEmpty();

        vm.toggleForward();
        assertThat(vm.forwardPrompt().isOpen().get()).isTrue();
        vm.forwardPrompt().target().set("   ");
        assertThat(vm.forwardPrompt().canConfirm().get()).isFalse();
        vm.forward();
        assertThat(phone.commands).isEmpty();

        vm.forwardPrompt().target().set(" 1003 ");
        vm.forward();
        assertThat(phone.commands).containsExactly("forward in-1 1003");
        assertThat(vm.forwardPrompt().isOpen().get()).isFalse();
    }

    @Test
    void openingForwardStopsTheAutoAnswerCountdown() {
        IncomingCallViewModel vm = new IncomingCallViewModel(autoAnswering(Optional.of(T0.plusSeconds(5))), phone, T0);

        vm.toggleForward();

        assertThat(phone.commands).containsExactly("cancelAutoAnswer in-1");
        vm.toggleForward();
        assertThat(vm.forwardPrompt().isOpen().get()).isFalse();
    }

    private IncomingCallViewModel ringing(Party from) {
        return new IncomingCallViewModel(new CallSnapshot(new CallId("in-1"), Direction.INCOMING, from,
                new CallState.Ringing(), new MediaState.Idle(), Instant.EPOCH, Optional.empty(), Optional.empty()),
                phone, T0);
    }

    private static CallSnapshot autoAnswering(Optional<Instant> at) {
        return new CallSnapshot(new CallId("in-1"), Direction.INCOMING, new Party("sip:5551234@pbx", ""),
                new CallState.Ringing(), new MediaState.Idle(), T0, Optional.empty(), Optional.empty(),
                CallSnapshot.Hold.NONE, Optional.empty(), java.util.List.of(), at, java.util.List.of());
    }
}
