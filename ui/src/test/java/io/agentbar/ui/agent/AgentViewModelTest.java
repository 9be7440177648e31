package io.agentbar.ui.agent;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.Party;
import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import io.agentbar.ui.toast.Toast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pause/ready through the fake phone (the real agent-state transitions), without a toolkit. */
class AgentViewModelTest {
    private static final AgentSettings PARTIAL = AgentSettings.defaults()
            .withPartialPause(true, EnumSet.of(Channel.VOICE, Channel.CHAT, Channel.MAIL));

    private final MutableClock clock = MutableClock.atTen();
    private final FakePhone phone = FakePhone.synchronous(clock);
    private BarViewModel bar;
    private AgentViewModel agent;

    @BeforeEach
    void connect() {
        bar = new BarViewModel(phone, clock);
        FxBridge.direct().connect(phone, bar::onEvent);
        FxBridge.direct().connectAgent(phone, bar::onAgentEvent);
        agent = bar.agent();
    }

    @Test
    void theButtonIsOffUntilThePhoneTellsTheState() {
        AgentViewModel fresh = new AgentViewModel(phone, clock, bar.toasts());

        assertThat(fresh.look().get()).isEqualTo(AgentLook.UNKNOWN);
        fresh.togglePause();

        assertThat(fresh.reasonsOpen().get()).isFalse();
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void whileReadyTheButtonAsksForAReasonAndPausesOnlyWithOne() {
        assertThat(agent.look().get()).isEqualTo(AgentLook.READY);
        assertThat(agent.buttonText().get()).isEqualTo("Pause");

        agent.togglePause();

        assertThat(agent.reasonsOpen().get()).isTrue();
        assertThat(phone.commands).isEmpty();
        assertThat(agent.reasons()).extracting(PauseReason::name)
                .containsExactly("Break", "Lunch", "Meeting", "Training", "Back office");
        agent.pause(PauseReason.of("Lunch"));

        assertThat(phone.commands).containsExactly("pause Lunch");
        assertThat(agent.reasonsOpen().get()).isFalse();
        assertThat(agent.look().get()).isEqualTo(AgentLook.PAUSED);
        assertThat(agent.buttonText().get()).isEqualTo("Ready");
        assertThat(agent.stateText().get()).isEqualTo("Paused — Lunch");
    }

    @Test
    void aReasonNotOfferedOrAPickWithTheListClosedSendsNothing() {
        agent.pause(PauseReason.of("Lunch"));
        agent.togglePause();
        agent.pause(PauseReason.of("Coffee"));

        assertThat(phone.commands).isEmpty();
    }

    @Test
    void whilePausedTheButtonReturnsToReadyEverywhere() {
        pauseFor("Break");

        agent.togglePause();

        assertThat(phone.commands).containsExactly("pause Break", "ready");
        assertThat(agent.look().get()).isEqualTo(AgentLook.READY);
        assertThat(agent.pauseText().get()).isEmpty();
    }

    @Test
    void reasonsComeFromTheSettings() {
        phone.agentSettings(AgentSettings.defaults().withReasons(List.of(PauseReason.of("Coaching"))));

        assertThat(agent.reasons()).containsExactly(PauseReason.of("Coaching"));
    }

    @Test
    void bothTimersTickFromTheClock() {
        phone.agentConnected(clock.instant());
        assertThat(agent.connectedText().get()).isEqualTo("00:00");
        clock.advance(Duration.ofMinutes(61).plusSeconds(5));
        bar.tick();
        assertThat(agent.connectedText().get()).isEqualTo("1:01:05");
        assertThat(agent.pauseText().get()).isEmpty();

        pauseFor("Lunch");
        clock.advance(Duration.ofSeconds(75));
        bar.tick();

        assertThat(agent.pauseText().get()).isEqualTo("Lunch 01:15");
        assertThat(agent.connectedText().get()).isEqualTo("1:02:20");
        assertThat(agent.timersText().get()).isEqualTo("Connected for 1:02:20. Paused: Lunch 01:15");
    }

    @Test
    void withoutRegistrationTheConnectedTimerIsEmpty() {
        assertThat(agent.connectedText().get()).isEmpty();
        assertThat(agent.timersText().get()).isEqualTo("Not connected");
    }

    @Test
    void theArrowOnlyShowsWhilePausedWithPartialPauseOnAndSeveralChannels() {
        assertThat(agent.partialAvailable().get()).isFalse();
        pauseFor("Break");
        assertThat(agent.partialAvailable().get()).as("partial pause off").isFalse();
        agent.toggleChannels();
        assertThat(agent.channelsOpen().get()).isFalse();

        phone.agentSettings(PARTIAL);

        assertThat(agent.partialAvailable().get()).isTrue();
        phone.agentSettings(AgentSettings.defaults().withPartialPause(true, EnumSet.of(Channel.VOICE)));
        assertThat(agent.partialAvailable().get()).as("voice only").isFalse();
    }

    @Test
    void theChannelListHoldsOnlyTheEnabledChannelsAndReadiesTheTickedOnes() {
        phone.agentSettings(PARTIAL);
        pauseFor("Break");
        agent.toggleChannels();

        assertThat(agent.channels()).extracting(ChannelChoice::channel)
                .containsExactly(Channel.VOICE, Channel.CHAT, Channel.MAIL);
        assertThat(agent.canConfirmChannels().get()).isFalse();
        agent.channels().get(1).chosen().set(true);
        assertThat(agent.canConfirmChannels().get()).isTrue();
        agent.confirmChannels();

        assertThat(phone.commands).containsExactly("pause Break", "ready [chat]");
        assertThat(agent.look().get()).isEqualTo(AgentLook.PARTIAL);
        assertThat(agent.stateText().get()).isEqualTo("Paused — Break; ready on Chat");
        assertThat(agent.channelsOpen().get()).isFalse();
        // chat is ready now: shown ticked and fixed, the others still to choose
        assertThat(agent.channels().get(1).alreadyReady()).isTrue();
        assertThat(agent.channels().get(1).chosen().get()).isTrue();
        assertThat(agent.pauseText().get()).startsWith("Break");
    }

    @Test
    void closingTheChannelListForgetsTheTicks() {
        phone.agentSettings(PARTIAL);
        pauseFor("Break");
        agent.toggleChannels();
        agent.channels().get(2).chosen().set(true);

        agent.closeChannels();

        assertThat(agent.channels().get(2).chosen().get()).isFalse();
        agent.confirmChannels();
        assertThat(phone.commands).containsExactly("pause Break");
    }

    @Test
    void aQueueCallRefusedWhilePausedIsToasted() {
        pauseFor("Lunch");

        phone.refuseQueueCall(new Party("sip:1002@pbx.example.com", ""));

        assertThat(bar.toasts().shown()).extracting(Toast::text).containsExactly("Call from 1002 refused: you are paused");
        assertThat(bar.toasts().shown().getFirst().kind()).isEqualTo(Toast.Kind.WARNING);
    }

    @Test
    void aRefusedPauseIsToldAsAToast() {
        phone.pause(java.util.Optional.of(PauseReason.of("Lunch")), EnumSet.of(Channel.CHAT));

        assertThat(bar.toasts().shown()).extracting(Toast::text).anyMatch(t -> t.startsWith("not one of this agent"));
        assertThat(agent.look().get()).isEqualTo(AgentLook.READY);
    }

    private void pauseFor(String reason) {
        agent.togglePause();
        agent.pause(PauseReason.of(reason));
    }
}
