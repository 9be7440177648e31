package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.CallSnapshot.ServerRecording;
import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServerRecordingViewModelTest {
    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.synchronous(clock);
    private BarViewModel bar;
    private CallId call;

    @BeforeEach
    void talking() {
        bar = new BarViewModel(phone, clock);
        FxBridge.direct().connect(phone, bar::onEvent);
        call = phone.ring(new Party("sip:1002@pbx", ""));
        phone.answer(call);
    }

    private ServerRecordingViewModel pbx() {
        return bar.calls().getFirst().serverRecording();
    }

    @Test
    void hiddenWhileThePbxDoesNotSayItRecords() {
        assertThat(pbx().shown().get()).isFalse();
        pbx().toggle();
        assertThat(phone.commands).noneMatch(c -> c.contains("ServerRecording"));
    }

    @Test
    void aRecordingCallShowsTheIndicatorAndThePausePausesIt() {
        phone.pbxRecording(call, Optional.of(ServerRecording.ACTIVE));
        assertThat(pbx().look().get()).isEqualTo(ServerRecordingViewModel.Look.RECORDING);
        assertThat(pbx().text().get()).isEqualTo("The PBX records this call");
        assertThat(pbx().toggleText().get()).isEqualTo("Pause the PBX recording");

        pbx().toggle();

        assertThat(phone.commands).contains("pauseServerRecording " + call);
        assertThat(pbx().look().get()).isEqualTo(ServerRecordingViewModel.Look.PAUSED);
        assertThat(pbx().toggleText().get()).isEqualTo("Resume the PBX recording");
        pbx().toggle();
        assertThat(phone.commands).contains("resumeServerRecording " + call);
        assertThat(pbx().look().get()).isEqualTo(ServerRecordingViewModel.Look.RECORDING);
    }

    @Test
    void whileThePbxHasNotAnsweredTheButtonWaits() {
        phone.pbxRecording(call, Optional.of(new ServerRecording(false, true)));

        assertThat(pbx().look().get()).isEqualTo(ServerRecordingViewModel.Look.PENDING);
        assertThat(pbx().canToggle().get()).isFalse();
        pbx().toggle();
        assertThat(phone.commands).noneMatch(c -> c.contains("ServerRecording"));
    }

    @Test
    void theIndicatorGoesWithTheCall() {
        phone.pbxRecording(call, Optional.of(ServerRecording.ACTIVE));

        phone.remoteHangUp(call);

        assertThat(pbx().shown().get()).isFalse();
    }
}
