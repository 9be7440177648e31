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

    private IncomingCallViewModel ringing(Party from) {
        return new IncomingCallViewModel(new CallSnapshot(new CallId("in-1"), Direction.INCOMING, from,
                new CallState.Ringing(), new MediaState.Idle(), Instant.EPOCH, Optional.empty(), Optional.empty()), phone);
    }
}
