package io.agentbar.ui.toast;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RingingToastViewModelTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.synchronous(clock);
    private RingingToastViewModel toast;

    @BeforeEach
    void connect() {
        BarViewModel bar = new BarViewModel(phone, clock);
        FxBridge.direct().connect(phone, bar::onEvent);
        toast = new RingingToastViewModel(bar.incomingCalls());
    }

    @Test
    void showsOnlyWhileACallRingsAndTheBarIsInTheBackground() {
        phone.ring(new Party("sip:5551234@pbx", "Alice Smith"));
        assertThat(toast.shown().get()).as("bar in front").isFalse();

        toast.inBackground().set(true);

        assertThat(toast.shown().get()).isTrue();
        assertThat(toast.caller().get()).isEqualTo("Alice Smith");
        assertThat(toast.detail().get()).isEqualTo("5551234");
        toast.inBackground().set(false);
        assertThat(toast.shown().get()).isFalse();
    }

    @Test
    void answerAnswersTheLongestRingingCallAndTheToastGoes() {
        toast.inBackground().set(true);
        CallId first = phone.ring(new Party("sip:1002@pbx", ""));
        phone.ring(new Party("sip:1003@pbx", ""));
        assertThat(toast.caller().get()).isEqualTo("1002");
        assertThat(toast.detail().get()).isEqualTo("and 1 more ringing");

        toast.answer();

        assertThat(phone.commands).containsExactly("answer " + first);
        assertThat(toast.caller().get()).isEqualTo("1003");
    }

    @Test
    void rejectRejectsAndTheToastGoesWhenNothingRings() {
        toast.inBackground().set(true);
        CallId id = phone.ring(new Party("sip:1002@pbx", ""));

        toast.reject();

        assertThat(phone.commands).containsExactly("reject " + id);
        assertThat(toast.shown().get()).isFalse();
    }

    @Test
    void theCallerGivingUpHidesIt() {
        toast.inBackground().set(true);
        CallId id = phone.ring(new Party("sip:1002@pbx", ""));

        phone.remoteCancel(id);

        assertThat(toast.shown().get()).isFalse();
    }
}
