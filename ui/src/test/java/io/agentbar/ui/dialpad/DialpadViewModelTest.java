package io.agentbar.ui.dialpad;

import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.call.CallPanelViewModel;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Before a call the keys type the number; during one they send DTMF to the call the agent talks on. */
class DialpadViewModelTest {
    private final MutableClock clock = MutableClock.atTen();
    private FakePhone phone;
    private BarViewModel bar;
    private DialpadViewModel pad;

    @BeforeEach
    void setUp() {
        phone = FakePhone.synchronous(clock);
        bar = new BarViewModel(phone, clock);
        FxBridge.direct().connect(phone, bar::onEvent);
        pad = bar.dialpad();
    }

    @Test
    void showAndHide() {
        assertThat(pad.isOpen().get()).isFalse();
        bar.toggleDialpad();
        assertThat(pad.isOpen().get()).isTrue();
        bar.toggleDialpad();
        assertThat(pad.isOpen().get()).isFalse();
    }

    @Test
    void beforeACallKeysTypeIntoTheNumberField() {
        bar.numberText().set("10");
        pad.press('0');
        pad.press('2');

        assertThat(bar.numberText().get()).isEqualTo("1002");
        assertThat(bar.canCall().get()).isTrue();
        assertThat(phone.dtmf).isEmpty();
        assertThat(pad.sending().get()).isFalse();
        assertThat(pad.displayText().get()).isEqualTo("Keys type the number to call");
    }

    @Test
    void duringACallKeysSendDtmfAndTheFieldStaysAsItWas() {
        bar.numberText().set("1002");
        bar.call();
        CallPanelViewModel call = bar.calls().getFirst();
        assertThat(pad.displayText().get()).isEqualTo("Keys send tones to 1002");

        pad.press('1');
        pad.press('#');
        pad.press('x');

        assertThat(phone.dtmf).containsExactly('1', '#');
        assertThat(phone.commands).contains("dtmf " + call.id() + " 1", "dtmf " + call.id() + " #");
        assertThat(bar.numberText().get()).isEmpty();
        assertThat(pad.displayText().get()).isEqualTo("Keys send tones to 1002");
        assertThat(pad.sentText().get()).isEqualTo("1#");
    }

    @Test
    void tonesGoToTheCallTheAgentTalksOnNotTheHeldOne() {
        bar.numberText().set("1002");
        bar.call();
        bar.numberText().set("1003");
        bar.call();
        CallPanelViewModel second = bar.calls().getLast();

        pad.press('5');

        assertThat(phone.commands).contains("dtmf " + second.id() + " 5");
        assertThat(pad.displayText().get()).isEqualTo("Keys send tones to 1003");
        assertThat(pad.sentText().get()).isEqualTo("5");
    }

    @Test
    void whileTheOnlyCallIsHeldKeysTypeAgain() {
        bar.numberText().set("1002");
        bar.call();
        bar.toggleHoldCurrent();

        pad.press('7');

        assertThat(phone.dtmf).isEmpty();
        assertThat(bar.numberText().get()).isEqualTo("7");
        assertThat(pad.sentText().get()).isEmpty();
    }
}
