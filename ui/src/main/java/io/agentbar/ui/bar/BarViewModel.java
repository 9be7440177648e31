package io.agentbar.ui.bar;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.phone.DialTarget;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.ui.agent.AgentViewModel;
import io.agentbar.ui.call.CallList;
import io.agentbar.ui.call.CallPanelViewModel;
import io.agentbar.ui.call.IncomingCallViewModel;
import io.agentbar.ui.dialpad.DialpadViewModel;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.toast.Toast;
import io.agentbar.ui.toast.ToastsViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The bar: registration light, audio toggles, number field, call and end, and the calls below.
 * It learns everything from {@link PhoneEvent}s (delivered on the FX thread by the bridge) and
 * never assumes a command worked: a mute toggle flips when the phone says so, not when clicked.
 */
public final class BarViewModel {
    private final PhoneControls controls;
    private final Clock clock;
    private final CallList calls;
    private final DialpadViewModel dialpad;
    private final ToastsViewModel toasts = new ToastsViewModel();
    private final AgentViewModel agent;
    private final BarMenuViewModel menu = new BarMenuViewModel();
    private final RingtoneSwitch ringtone;

    private final ReadOnlyObjectWrapper<RegistrationLight> registrationLight =
            new ReadOnlyObjectWrapper<>(this, "registrationLight", RegistrationLight.RED);
    private final ReadOnlyStringWrapper registrationText = new ReadOnlyStringWrapper(this, "registrationText", "");
    private final ReadOnlyBooleanWrapper canRegister = new ReadOnlyBooleanWrapper(this, "canRegister");
    private final ReadOnlyStringWrapper registrationAlert = new ReadOnlyStringWrapper(this, "registrationAlert", "");
    private final StringProperty numberText = new SimpleStringProperty(this, "numberText", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyBooleanWrapper canCall = new ReadOnlyBooleanWrapper(this, "canCall");
    private final ReadOnlyBooleanWrapper canEnd = new ReadOnlyBooleanWrapper(this, "canEnd");
    private final ReadOnlyBooleanWrapper microphoneMuted = new ReadOnlyBooleanWrapper(this, "microphoneMuted");
    private final ReadOnlyBooleanWrapper speakerMuted = new ReadOnlyBooleanWrapper(this, "speakerMuted");
    private final ReadOnlyStringWrapper microphoneText =
            new ReadOnlyStringWrapper(this, "microphoneText", Messages.get("microphone.on"));
    private final ReadOnlyStringWrapper speakerText =
            new ReadOnlyStringWrapper(this, "speakerText", Messages.get("speaker.on"));
    private boolean stopped;

    public BarViewModel(PhoneControls controls, Clock clock) {
        this.controls = Objects.requireNonNull(controls, "controls");
        this.ringtone = new RingtoneSwitch(controls::setRingtoneEnabled);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calls = new CallList(controls);
        this.dialpad = new DialpadViewModel(controls, numberText);
        this.agent = new AgentViewModel(controls, clock, toasts);
        numberText.addListener((o, was, now) -> {
            canCall.set(!stopped && DialTarget.normalise(now).isPresent());
            if (now == null || now.isEmpty()) {
                hint.set("");
            }
        });
        showRegistration(new RegistrationState.Unregistered());
    }

    /** Everything the phone reports comes in here, on the FX thread. */
    public void onEvent(PhoneEvent event) {
        Instant now = clock.instant();
        switch (event) {
            case PhoneEvent.RegistrationChanged r -> showRegistration(r.state());
            case PhoneEvent.CallChanged c -> calls.apply(c.call(), now)
                    .ifPresent(caller -> toasts.show(Toast.Kind.INFO, Messages.get("incoming.missed", caller), now));
            case PhoneEvent.AudioControlsChanged a -> {
                microphoneMuted.set(a.microphoneMuted());
                speakerMuted.set(a.speakerMuted());
                microphoneText.set(Messages.get(a.microphoneMuted() ? "microphone.muted" : "microphone.on"));
                speakerText.set(Messages.get(a.speakerMuted() ? "speaker.muted" : "speaker.on"));
            }
            case PhoneEvent.CommandRefused r -> toasts.show(Toast.Kind.WARNING, r.message(), now);
            case PhoneEvent.AudioDeviceFailed d ->
                    toasts.show(Toast.Kind.ERROR, Messages.get("audio.deviceFailed", d.device()), now);
            case PhoneEvent.ShutDown s -> {
                stopped = true;
                registrationLight.set(RegistrationLight.RED);
                registrationText.set(Messages.get("phone.stopped"));
                registrationAlert.set("");
                canRegister.set(false);
                canCall.set(false);
            }
        }
        afterChange();
    }

    private void afterChange() {
        canEnd.set(!stopped && calls.current().isPresent());
        dialpad.target(calls.talking().map(p -> new DialpadViewModel.Target(p.id(), p.remoteLabel().get())));
    }

    /** The agent's pause/ready events, on the FX thread. */
    public void onAgentEvent(AgentEvent event) {
        agent.onEvent(event);
    }

    /** Called every second: call and agent timers, ended calls leaving, toasts fading. */
    public void tick() {
        Instant now = clock.instant();
        calls.tick(now);
        agent.tick(now);
        toasts.tick(now);
        afterChange();
    }

    // ---- commands ---------------------------------------------------------------------------

    public void register() {
        if (canRegister.get()) {
            controls.register();
        }
    }

    /**
     * Filters what the agent types or pastes into the number field.
     *
     * @return the part of {@code inserted} the field takes; refused characters show in {@link #hint()}
     */
    public String admitTyped(String inserted) {
        DialInput.Admitted admitted = DialInput.admit(inserted);
        hint.set(admitted.refusedAny() ? Messages.get("number.refused", admitted.refused()) : "");
        return admitted.kept();
    }

    /** Dials the number field (the call button, or Enter in the field). */
    public void call() {
        String typed = numberText.get();
        if (stopped) {
            return;
        }
        if (DialTarget.normalise(typed).isEmpty()) {
            hint.set(Messages.get("number.invalid"));
            return;
        }
        controls.dial(typed.strip());
        numberText.set("");
        hint.set("");
    }

    /** Hangs up the newest call that is still up (the bar's End button). */
    public void endCurrentCall() {
        calls.current().ifPresent(CallPanelViewModel::hangUp);
    }

    /** The answer shortcut: answers the call that has rung longest. */
    public void answerRinging() {
        calls.longestRinging().ifPresent(IncomingCallViewModel::answer);
    }

    /** The hold shortcut: holds or resumes the current call (the one the End button would hang up). */
    public void toggleHoldCurrent() {
        calls.current().ifPresent(CallPanelViewModel::toggleHold);
    }

    public void toggleDialpad() {
        dialpad.toggle();
    }

    public void toggleMicrophone() {
        controls.setMicrophoneMuted(!microphoneMuted.get());
    }

    public void toggleSpeaker() {
        controls.setSpeakerMuted(!speakerMuted.get());
    }

    // ---- state ------------------------------------------------------------------------------

    private void showRegistration(RegistrationState state) {
        if (stopped) {
            return;
        }
        RegistrationStatus status = RegistrationStatus.of(state, controls.account(), clock.getZone());
        registrationLight.set(status.light());
        registrationText.set(status.text());
        canRegister.set(status.canRegister());
        registrationAlert.set(state instanceof RegistrationState.Failed ? status.text() : "");
    }

    /** The extension shown by the light: the user part of the account, e.g. {@code 1001}. */
    public String accountLabel() {
        String account = controls.account();
        int at = account.indexOf('@');
        return at > 0 ? account.substring(0, at) : account;
    }

    public ReadOnlyObjectProperty<RegistrationLight> registrationLight() {
        return registrationLight.getReadOnlyProperty();
    }

    /** The registration light's tooltip: the state, its reason and the way forward. */
    public ReadOnlyStringProperty registrationText() {
        return registrationText.getReadOnlyProperty();
    }

    /**
     * The failure reason while registration has failed, empty otherwise. Shown without hovering:
     * an agent who does not notice the red light silently misses every queue call.
     */
    public ReadOnlyStringProperty registrationAlert() {
        return registrationAlert.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRegister() {
        return canRegister.getReadOnlyProperty();
    }

    /** The number field's text; the view binds it both ways and filters input through {@link #admitTyped}. */
    public StringProperty numberText() {
        return numberText;
    }

    /** Why the last input was refused or could not be dialled; empty when all is well. */
    public ReadOnlyStringProperty hint() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCall() {
        return canCall.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEnd() {
        return canEnd.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty microphoneMuted() {
        return microphoneMuted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty speakerMuted() {
        return speakerMuted.getReadOnlyProperty();
    }

    /** The microphone toggle's tooltip, saying what a click will do. */
    public ReadOnlyStringProperty microphoneText() {
        return microphoneText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speakerText() {
        return speakerText.getReadOnlyProperty();
    }

    /** Passing messages: a refused command, a missed call, a call refused while paused. */
    public ToastsViewModel toasts() {
        return toasts;
    }

    /** Pause/ready and the agent's timers. */
    public AgentViewModel agent() {
        return agent;
    }

    /** The bar's menu: settings, recordings, window behaviour. */
    public RingtoneSwitch ringtone() {
        return ringtone;
    }

    public BarMenuViewModel menu() {
        return menu;
    }

    public DialpadViewModel dialpad() {
        return dialpad;
    }

    public ObservableList<CallPanelViewModel> calls() {
        return calls.panels();
    }

    public ObservableList<IncomingCallViewModel> incomingCalls() {
        return calls.ringing();
    }
}
