package io.agentbar.ui.bar;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.ui.call.CallList;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import io.agentbar.ui.toast.Toast;
import io.agentbar.ui.toast.ToastsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The bar's view model without a toolkit: events arrive through a direct bridge. */
class BarViewModelTest {
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
    void startsRedUntilThePhoneRegisters() {
        assertThat(bar.registrationLight().get()).isEqualTo(RegistrationLight.RED);
        assertThat(bar.registrationText().get()).isEqualTo("Not registered — click to register");
        assertThat(bar.accountLabel()).isEqualTo("1001");
    }

    @Test
    void lightFollowsRegistration() {
        phone.registration(new RegistrationState.Registering(1));
        assertThat(bar.registrationLight().get()).isEqualTo(RegistrationLight.AMBER);

        phone.registration(new RegistrationState.Registered(Instant.parse("2026-11-23T10:32:00Z")));
        assertThat(bar.registrationLight().get()).isEqualTo(RegistrationLight.GREEN);
        assertThat(bar.registrationText().get()).isEqualTo("Registered as 1001@pbx.example.com until 10:32");

        phone.registration(new RegistrationState.Failed(401, "Unauthorized", Optional.empty(), 1));
        assertThat(bar.registrationLight().get()).isEqualTo(RegistrationLight.RED);
        assertThat(bar.registrationText().get()).isEqualTo("Wrong password (401) — check your credentials");
    }

    @Test
    void aFailedRegistrationIsSaidWithoutHovering() {
        assertThat(bar.registrationAlert().get()).isEmpty();

        phone.registration(new RegistrationState.Failed(408, "Request Timeout",
                Optional.of(Instant.parse("2026-11-23T10:01:00Z")), 1));
        assertThat(bar.registrationAlert().get()).isEqualTo("No answer from server — retrying at 10:01");

        phone.registration(new RegistrationState.Registering(2));
        assertThat(bar.registrationAlert().get()).isEmpty();
    }

    @Test
    void clickingTheLightRegistersOnlyWhenNotRegistered() {
        bar.register();
        assertThat(phone.commands).containsExactly("register");

        phone.registration(new RegistrationState.Registered(clock.instant().plusSeconds(600)));
        bar.register();
        assertThat(phone.commands).containsExactly("register");
    }

    @Test
    void refusedCharactersShowAHintAndTheNextGoodOneClearsIt() {
        assertThat(bar.admitTyped("%")).isEmpty();
        assertThat(bar.hint().get()).startsWith("“%” can’t be dialled").contains("* # + - . ( ) [ ] { }");

        assertThat(bar.admitTyped("5")).isEqualTo("5");
        assertThat(bar.hint().get()).isEmpty();
    }

    @Test
    void callIsPossibleOnlyWhenTheTextCanBeDialled() {
        assertThat(bar.canCall().get()).isFalse();
        bar.numberText().set("+39 (02) 1234-5678");
        assertThat(bar.canCall().get()).isTrue();
        bar.numberText().set("--");
        assertThat(bar.canCall().get()).isFalse();
        bar.numberText().set("sip:alice@pbx.example.com");
        assertThat(bar.canCall().get()).isTrue();
    }

    @Test
    void callDialsWhatWasTypedAndClearsTheField() {
        bar.numberText().set(" 1002 ");

        bar.call();

        assertThat(phone.commands).containsExactly("dial 1002");
        assertThat(bar.numberText().get()).isEmpty();
        assertThat(bar.calls()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.stateText().get()).isEqualTo("Connected");
        });
    }

    @Test
    void callWithNothingDiallableExplainsInsteadOfDialling() {
        bar.numberText().set("()");

        bar.call();

        assertThat(phone.commands).isEmpty();
        assertThat(bar.hint().get()).isEqualTo("Type a number, a name or a SIP address to call");
    }

    @Test
    void incomingCallWaitsForTheAgentThenBecomesACallPanel() {
        CallId id = phone.ring(new Party("sip:5551234@pbx", "Alice Smith"));

        assertThat(bar.incomingCalls()).singleElement().satisfies(in -> {
            assertThat(in.callerName()).isEqualTo("Alice Smith");
            assertThat(in.callerNumber()).isEqualTo("5551234");
        });
        assertThat(bar.calls()).isEmpty();

        bar.incomingCalls().getFirst().answer();

        assertThat(phone.commands).containsExactly("answer " + id);
        assertThat(bar.incomingCalls()).isEmpty();
        assertThat(bar.calls()).singleElement().satisfies(c -> assertThat(c.stateText().get()).isEqualTo("Connected"));
    }

    @Test
    void rejectedCallLeavesNoPanel() {
        CallId id = phone.ring(new Party("sip:5551234@pbx", ""));

        bar.incomingCalls().getFirst().reject();

        assertThat(phone.commands).containsExactly("reject " + id);
        assertThat(bar.incomingCalls()).isEmpty();
        assertThat(bar.calls()).isEmpty();
    }

    private java.util.List<String> toastTexts() {
        return bar.toasts().shown().stream().map(Toast::text).toList();
    }

    @Test
    void missedCallIsToastedAndTheToastFades() {
        CallId id = phone.ring(new Party("sip:5551234@pbx", "Alice Smith"));

        phone.remoteCancel(id);

        assertThat(bar.incomingCalls()).isEmpty();
        assertThat(toastTexts()).containsExactly("Missed call from Alice Smith");
        clock.advance(ToastsViewModel.LIFETIME.minusSeconds(1));
        bar.tick();
        assertThat(toastTexts()).isNotEmpty();
        clock.advance(Duration.ofSeconds(1));
        bar.tick();
        assertThat(toastTexts()).isEmpty();
    }

    @Test
    void aFailedAudioDeviceIsShownAsAnErrorToast() {
        phone.failDevice("USB headset");

        assertThat(toastTexts().getFirst()).startsWith("Audio device unavailable: USB headset.");
        assertThat(bar.toasts().shown().getFirst().kind()).isEqualTo(Toast.Kind.ERROR);
    }

    @Test
    void refusedCommandIsShownAsAWarningToast() {
        phone.refuse("No free audio port");

        assertThat(toastTexts()).containsExactly("No free audio port");
        assertThat(bar.toasts().shown().getFirst().kind()).isEqualTo(Toast.Kind.WARNING);
    }

    @Test
    void muteTogglesChangeOnlyWhenThePhoneSaysSo() {
        bar.toggleMicrophone();
        assertThat(phone.commands).containsExactly("mic true");
        assertThat(bar.microphoneMuted().get()).isTrue();
        assertThat(bar.microphoneText().get()).isEqualTo("Microphone muted — click to unmute");

        bar.toggleSpeaker();
        assertThat(bar.speakerMuted().get()).isTrue();
        assertThat(bar.microphoneMuted().get()).isTrue();

        bar.toggleMicrophone();
        assertThat(phone.commands).containsExactly("mic true", "speaker true", "mic false");
        assertThat(bar.microphoneMuted().get()).isFalse();
        assertThat(bar.microphoneText().get()).isEqualTo("Mute microphone");
    }

    @Test
    void muteStateIsNotGuessedWhenThePhoneStaysSilent() {
        BarViewModel deaf = new BarViewModel(phone, clock); // not connected to events

        deaf.toggleMicrophone();

        assertThat(deaf.microphoneMuted().get()).isFalse();
    }

    @Test
    void endHangsUpTheNewestCallStillUp() {
        phone.farEndAnswers(true);
        bar.numberText().set("1002");
        bar.call();
        bar.numberText().set("1003");
        bar.call();
        assertThat(bar.canEnd().get()).isTrue();

        bar.endCurrentCall();

        assertThat(phone.commands).last().asString().startsWith("hangUp " + bar.calls().get(1).id());
        assertThat(bar.calls().get(1).stateText().get()).isEqualTo("Ended");
        assertThat(bar.canEnd().get()).isTrue();
        bar.endCurrentCall();
        assertThat(bar.canEnd().get()).isFalse();
    }

    @Test
    void endedCallStaysLongEnoughToReadWhyThenLeaves() {
        phone.farEndAnswers(false);
        bar.numberText().set("1002");
        bar.call();
        phone.fail(phone.onlyCall(), 486);
        assertThat(bar.calls()).singleElement()
                .satisfies(c -> assertThat(c.stateText().get()).isEqualTo("Ended — busy"));

        clock.advance(CallList.ENDED_LINGER.minusMillis(1));
        bar.tick();
        assertThat(bar.calls()).hasSize(1);
        clock.advance(Duration.ofMillis(1));
        bar.tick();
        assertThat(bar.calls()).isEmpty();
    }

    @Test
    void panelsKeepTheirNumberWhenEarlierOnesLeave() {
        bar.numberText().set("1002");
        bar.call();
        bar.endCurrentCall();
        clock.advance(CallList.ENDED_LINGER);
        bar.tick();
        bar.numberText().set("1003");
        bar.call();

        assertThat(bar.calls()).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo(2));
    }

    @Test
    void aStoppedPhoneTakesNoMoreCalls() {
        bar.onEvent(new io.agentbar.core.phone.PhoneEvent.ShutDown());
        bar.numberText().set("1002");

        assertThat(bar.canCall().get()).isFalse();
        assertThat(bar.canRegister().get()).isFalse();
        assertThat(bar.registrationText().get()).isEqualTo("Phone stopped");
    }
}
