package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A call panel's commands against the scripted phone, through the bar's view model, without a toolkit. */
class CallPanelCommandsTest {
    private final MutableClock clock = MutableClock.atTen();
    private FakePhone phone;
    private BarViewModel bar;

    @BeforeEach
    void setUp() {
        phone = FakePhone.synchronous(clock);
        bar = new BarViewModel(phone, clock);
        FxBridge.direct().connect(phone, bar::onEvent);
    }

    @Test
    void holdAsksThePhoneAndShowsTheHoldItReports() {
        CallPanelViewModel panel = call("1002");

        panel.hold();

        assertThat(phone.commands).contains("hold " + panel.id());
        assertThat(panel.stateText().get()).isEqualTo("On hold");
        assertThat(panel.held().get()).isTrue();
        assertThat(panel.actions().get().resume()).isEqualTo(Availability.ENABLED);
        assertThat(panel.actions().get().hold()).isEqualTo(Availability.HIDDEN);

        panel.resume();
        assertThat(panel.stateText().get()).isEqualTo("Connected");
        assertThat(panel.held().get()).isFalse();
    }

    @Test
    void aHoldByTheFarEndIsShownAsSuch() {
        CallPanelViewModel panel = call("1002");

        phone.remoteHold(panel.id(), true);

        assertThat(panel.stateText().get()).isEqualTo("Held by the other side");
        assertThat(panel.held().get()).isTrue();
        assertThat(panel.actions().get().hold()).as("we can still hold our side").isEqualTo(Availability.ENABLED);
    }

    @Test
    void aSecondCallOpensASecondPanelAndTheFirstGoesOnHold() {
        CallPanelViewModel first = call("1002");
        CallPanelViewModel second = call("1003");

        assertThat(bar.calls()).containsExactly(first, second);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.stateText().get()).isEqualTo("On hold");
        assertThat(second.stateText().get()).isEqualTo("Connected");
    }

    @Test
    void blindTransferAsksWhereToThenShowsProgressAndFailure() {
        CallPanelViewModel panel = call("1002");

        panel.toggleTransfer();
        assertThat(panel.transferPrompt().isOpen().get()).isTrue();
        panel.transferPrompt().target().set("1003");
        panel.transferBlind();

        assertThat(phone.commands).contains("transfer " + panel.id() + " 1003");
        assertThat(panel.transferPrompt().isOpen().get()).isFalse();
        assertThat(panel.transferText().get()).isEqualTo("Transferring to 1003…");
        assertThat(panel.transferLook().get()).isEqualTo(TransferLook.PROGRESS);
        assertThat(panel.actions().get().transfer()).isEqualTo(Availability.DISABLED);

        phone.transferProgress(panel.id(), 180, "Ringing", false);
        assertThat(panel.transferText().get()).isEqualTo("Transferring to 1003… 180 Ringing");

        phone.transferProgress(panel.id(), 486, "Busy Here", true);
        assertThat(panel.transferText().get()).isEqualTo("Transfer to 1003 failed — 486 Busy Here; the call is back");
        assertThat(panel.transferLook().get()).isEqualTo(TransferLook.FAILED);
        assertThat(panel.actions().get().transfer()).isEqualTo(Availability.ENABLED);
    }

    @Test
    void aSuccessfulTransferEndsThePanelSayingWhereTheCallWent() {
        CallPanelViewModel panel = call("1002");
        panel.toggleTransfer();
        panel.transferPrompt().target().set("sip:1003@pbx.example.com");
        panel.transferBlind();

        phone.transferProgress(panel.id(), 200, "OK", true);

        assertThat(panel.ended().get()).isTrue();
        assertThat(panel.stateText().get()).isEqualTo("Transferred to 1003");
        assertThat(panel.transferText().get()).isEmpty();
    }

    @Test
    void aTargetThatCannotBeDialledIsNotSent() {
        CallPanelViewModel panel = call("1002");
        panel.toggleTransfer();
        panel.transferPrompt().target().set("  ");

        panel.transferBlind();

        assertThat(panel.transferPrompt().canConfirm().get()).isFalse();
        assertThat(phone.commands).noneMatch(c -> c.startsWith("transfer"));
        assertThat(panel.transferPrompt().isOpen().get()).isTrue();
    }

    @Test
    void attendedTransferOffersTheOtherConnectedCall() {
        CallPanelViewModel customer = call("5551234");
        assertThat(customer.transferCandidates()).isEmpty();
        CallPanelViewModel colleague = call("1003");

        assertThat(customer.transferCandidates()).containsExactly(new OtherCall(colleague.id(), 2, "1003"));
        customer.toggleTransfer();
        customer.transferTo(customer.transferCandidates().getFirst());

        assertThat(phone.commands).contains("transfer " + customer.id() + " to call " + colleague.id());
        assertThat(customer.transferText().get()).isEqualTo("Transferring to 1003…");
        assertThat(customer.transferPrompt().isOpen().get()).isFalse();
    }

    @Test
    void conferenceJoinsTheTwoCallsThenSplitAndLeaveTakeTurns() {
        CallPanelViewModel customer = call("5551234");
        CallPanelViewModel colleague = call("1003");
        assertThat(colleague.conferenceText().get()).isEqualTo("Conference with call 1 · 5551234");

        colleague.conference();

        assertThat(phone.commands).contains("conference " + colleague.id() + " " + customer.id());
        assertThat(customer.stateText().get()).isEqualTo("In conference with 1003");
        assertThat(colleague.stateText().get()).isEqualTo("In conference with 5551234");
        assertThat(customer.actions().get().split()).isEqualTo(Availability.ENABLED);
        assertThat(customer.actions().get().conference()).isEqualTo(Availability.HIDDEN);

        customer.split();
        assertThat(customer.stateText().get()).isEqualTo("Connected");
        assertThat(colleague.stateText().get()).isEqualTo("On hold");
        assertThat(customer.actions().get().split()).isEqualTo(Availability.HIDDEN);

        customer.conference();
        customer.leaveConference();
        assertThat(phone.commands).contains("leaveConference " + customer.id());
        assertThat(customer.ended().get()).isTrue();
        assertThat(colleague.ended().get()).isTrue();
    }

    @Test
    void conferenceWithoutASecondCallSendsNothing() {
        CallPanelViewModel panel = call("1002");

        panel.conference();

        assertThat(panel.actions().get().conference()).isEqualTo(Availability.DISABLED);
        assertThat(phone.commands).noneMatch(c -> c.startsWith("conference"));
    }

    @Test
    void theHoldShortcutTogglesTheCurrentCall() {
        CallPanelViewModel panel = call("1002");

        bar.toggleHoldCurrent();
        assertThat(panel.stateText().get()).isEqualTo("On hold");
        bar.toggleHoldCurrent();
        assertThat(panel.stateText().get()).isEqualTo("Connected");
    }

    @Test
    void theAnswerShortcutAnswersTheCallThatRangLongest() {
        CallId first = phone.ring(new Party("sip:5551234@pbx", ""));
        phone.ring(new Party("sip:5559999@pbx", ""));

        bar.answerRinging();

        assertThat(phone.commands).containsExactly("answer " + first);
    }

    private CallPanelViewModel call(String number) {
        bar.numberText().set(number);
        bar.call();
        return bar.calls().getLast();
    }
}
