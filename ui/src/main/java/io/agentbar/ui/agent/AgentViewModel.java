package io.agentbar.ui.agent;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.ui.call.CallTexts;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agent's pause/ready control and its two timers. One button: while ready it asks for a pause
 * reason (from the settings' list), while paused it returns to ready everywhere. With partial pause
 * on, the arrow beside it lists the agent's channels to return to ready on some only. The state
 * changes when the phone says so, never on the click.
 */
public final class AgentViewModel {
    private final PhoneControls controls;
    private final Clock clock;
    private final ToastsViewModel toasts;

    private final ReadOnlyObjectWrapper<AgentLook> look = new ReadOnlyObjectWrapper<>(this, "look", AgentLook.UNKNOWN);
    private final ReadOnlyStringWrapper buttonText = new ReadOnlyStringWrapper(this, "buttonText", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper connectedText = new ReadOnlyStringWrapper(this, "connectedText", "");
    private final ReadOnlyStringWrapper pauseText = new ReadOnlyStringWrapper(this, "pauseText", "");
    private final ReadOnlyStringWrapper timersText = new ReadOnlyStringWrapper(this, "timersText", "");
    private final ReadOnlyBooleanWrapper partialAvailable = new ReadOnlyBooleanWrapper(this, "partialAvailable");
    private final ReadOnlyBooleanWrapper reasonsOpen = new ReadOnlyBooleanWrapper(this, "reasonsOpen");
    private final ReadOnlyBooleanWrapper channelsOpen = new ReadOnlyBooleanWrapper(this, "channelsOpen");
    private final ReadOnlyBooleanWrapper canConfirmChannels = new ReadOnlyBooleanWrapper(this, "canConfirmChannels");
    private final ObservableList<PauseReason> reasons = FXCollections.observableArrayList();
    private final ObservableList<ChannelChoice> channels = FXCollections.observableArrayList();
    // held, not made per call: read-only views listen weakly and would drop a view's listeners
    private final ObservableList<PauseReason> readOnlyReasons = FXCollections.unmodifiableObservableList(reasons);
    private final ObservableList<ChannelChoice> readOnlyChannels = FXCollections.unmodifiableObservableList(channels);

    private Optional<AgentStatus> status = Optional.empty();

    public AgentViewModel(PhoneControls controls, Clock clock, ToastsViewModel toasts) {
        this.controls = Objects.requireNonNull(controls, "controls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.toasts = Objects.requireNonNull(toasts, "toasts");
        tick(clock.instant());
    }

    /** What the phone says about the agent, on the FX thread. */
    public void onEvent(AgentEvent event) {
        Instant now = clock.instant();
        switch (event) {
            case AgentEvent.StatusChanged s -> show(s.status());
            case AgentEvent.CallRefused r -> toasts.show(Toast.Kind.WARNING,
                    Messages.get("agent.callRefused", r.from().label()), now);
        }
        tick(now);
    }

    private void show(AgentStatus next) {
        status = Optional.of(next);
        AgentState state = next.state();
        look.set(switch (state) {
            case AgentState.Ready r -> AgentLook.READY;
            case AgentState.Paused p -> AgentLook.PAUSED;
            case AgentState.PartiallyPaused p -> AgentLook.PARTIAL;
        });
        buttonText.set(Messages.get(state.paused() ? "agent.ready" : "agent.pause"));
        AgentSettings settings = next.settings();
        if (!settings.reasons().equals(reasons)) {
            reasons.setAll(settings.reasons());
        }
        partialAvailable.set(state.paused() && settings.partialPause() && settings.channels().size() > 1);
        if (!state.paused()) {
            channelsOpen.set(false);
        } else {
            reasonsOpen.set(false);
        }
        if (!partialAvailable.get()) {
            channelsOpen.set(false);
        }
        Set<Channel> readyOn = state instanceof AgentState.PartiallyPaused p ? p.ready() : Set.of();
        channels.setAll(settings.channels().stream().sorted().map(c -> new ChannelChoice(c, readyOn.contains(c)))
                .toList());
        channels.forEach(c -> c.chosen().subscribe(v -> updateCanConfirm()));
        updateCanConfirm();
    }

    /** Advances both timers; called every second. */
    public void tick(Instant now) {
        Optional<Instant> connected = status.flatMap(AgentStatus::connectedSince);
        connectedText.set(connected.map(s -> CallTexts.timer(Duration.between(s, now))).orElse(""));
        Optional<AgentState> paused = status.map(AgentStatus::state).filter(AgentState::paused);
        pauseText.set(paused.map(s -> Messages.get("agent.pauseTimer", reasonOf(s).name(),
                CallTexts.timer(Duration.between(sinceOf(s), now)))).orElse(""));
        stateText.set(status.map(s -> describe(s.state())).orElse(Messages.get("agent.unknown")));
        String conn = connectedText.get().isEmpty() ? Messages.get("agent.notConnected")
                : Messages.get("agent.connectedFor", connectedText.get());
        timersText.set(pauseText.get().isEmpty() ? conn : conn + ". " + Messages.get("agent.pausedFor",
                pauseText.get()));
    }

    // ---- commands ---------------------------------------------------------------------------

    /** The one button: asks for a reason while ready, returns to ready everywhere while paused. */
    public void togglePause() {
        switch (look.get()) {
            case UNKNOWN -> {
            }
            case READY -> {
                reasonsOpen.set(!reasonsOpen.get());
                channelsOpen.set(false);
            }
            case PAUSED, PARTIAL -> {
                channelsOpen.set(false);
                controls.ready();
            }
        }
    }

    /** Pauses for {@code reason}, one of {@link #reasons()}. */
    public void pause(PauseReason reason) {
        if (reasonsOpen.get() && reasons.contains(reason)) {
            reasonsOpen.set(false);
            controls.pause(reason);
        }
    }

    public void closeReasons() {
        reasonsOpen.set(false);
    }

    /** The arrow beside the ready button: opens or closes the channel list. */
    public void toggleChannels() {
        if (partialAvailable.get()) {
            channelsOpen.set(!channelsOpen.get());
        }
    }

    public void closeChannels() {
        channelsOpen.set(false);
        channels.forEach(c -> c.chosen().set(c.alreadyReady()));
    }

    /** Returns to ready on the newly ticked channels (the others stay paused). */
    public void confirmChannels() {
        Set<Channel> wanted = chosenNow();
        if (!channelsOpen.get() || wanted.isEmpty()) {
            return;
        }
        channelsOpen.set(false);
        controls.ready(wanted);
    }

    private Set<Channel> chosenNow() {
        return channels.stream().filter(c -> c.chosen().get() && !c.alreadyReady()).map(ChannelChoice::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }

    private void updateCanConfirm() {
        canConfirmChannels.set(!chosenNow().isEmpty());
    }

    private static String describe(AgentState state) {
        return switch (state) {
            case AgentState.Ready r -> Messages.get("agent.state.ready");
            case AgentState.Paused p -> Messages.get("agent.state.paused", p.reason().name());
            case AgentState.PartiallyPaused p -> Messages.get("agent.state.partial", p.reason().name(),
                    p.ready().stream().map(c -> Messages.get("agent.channel." + c.token()))
                            .collect(Collectors.joining(", ")));
        };
    }

    private static PauseReason reasonOf(AgentState s) {
        return switch (s) {
            case AgentState.Paused p -> p.reason();
            case AgentState.PartiallyPaused p -> p.reason();
            case AgentState.Ready r -> throw new IllegalArgumentException("not paused");
        };
    }

    private static Instant sinceOf(AgentState s) {
        return switch (s) {
            case AgentState.Paused p -> p.since();
            case AgentState.PartiallyPaused p -> p.since();
            case AgentState.Ready r -> throw new IllegalArgumentException("not paused");
        };
    }

    // ---- state ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<AgentLook> look() {
        return look.getReadOnlyProperty();
    }

    /** "Pause" while ready, "Ready" while paused. */
    public ReadOnlyStringProperty buttonText() {
        return buttonText.getReadOnlyProperty();
    }

    /** "Ready", "Paused — Lunch", "Paused — Lunch; ready on Voice, Chat". */
    public ReadOnlyStringProperty stateText() {
        return stateText.getReadOnlyProperty();
    }

    /** Time since the account connected ({@code 1:02:03}); empty while not connected. */
    public ReadOnlyStringProperty connectedText() {
        return connectedText.getReadOnlyProperty();
    }

    /** "Lunch 05:12" while paused; empty while ready. */
    public ReadOnlyStringProperty pauseText() {
        return pauseText.getReadOnlyProperty();
    }

    /** Both timers in words, for the tooltip and a screen reader. */
    public ReadOnlyStringProperty timersText() {
        return timersText.getReadOnlyProperty();
    }

    /** The arrow beside the ready button shows: paused, partial pause on, more than one channel. */
    public ReadOnlyBooleanProperty partialAvailable() {
        return partialAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reasonsOpen() {
        return reasonsOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty channelsOpen() {
        return channelsOpen.getReadOnlyProperty();
    }

    /** At least one channel newly ticked. */
    public ReadOnlyBooleanProperty canConfirmChannels() {
        return canConfirmChannels.getReadOnlyProperty();
    }

    /** The configured pause reasons, in order. */
    public ObservableList<PauseReason> reasons() {
        return readOnlyReasons;
    }

    /** The agent's enabled channels only, in a fixed order. */
    public ObservableList<ChannelChoice> channels() {
        return readOnlyChannels;
    }

    /** The current status, once the phone told it. */
    public Optional<AgentStatus> status() {
        return status;
    }
}
