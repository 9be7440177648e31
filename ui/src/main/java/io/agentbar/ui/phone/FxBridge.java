package io.agentbar.ui.phone;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.phone.PhoneEvent;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Carries phone events onto the FX thread. This is the only class that calls
 * {@link Platform#runLater}: view models then change on one thread and need no locks.
 * View-model tests use {@link #direct()} and run without a toolkit.
 */
public final class FxBridge {
    private static final Logger LOG = LoggerFactory.getLogger(FxBridge.class);

    private final Executor target;

    private FxBridge(Executor target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** Delivers on the JavaFX application thread. */
    public static FxBridge onFxThread() {
        return new FxBridge(Platform::runLater);
    }

    /** Delivers on the thread that published the event; for tests that own their thread. */
    public static FxBridge direct() {
        return new FxBridge(Runnable::run);
    }

    /** Subscribes {@code viewModel} to {@code source}, each event handed over through this bridge. */
    public void connect(PhoneEvents source, Consumer<PhoneEvent> viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        source.subscribe(event -> deliver(event, viewModel));
    }

    /** Subscribes {@code viewModel} to the agent's pause/ready events of {@code source}, through this bridge. */
    public void connectAgent(PhoneEvents source, Consumer<AgentEvent> viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        source.subscribeAgent(event -> deliver(() -> viewModel.accept(event), event.getClass().getSimpleName()));
    }

    /**
     * Runs {@code task} through this bridge: for callbacks from adapters other than the phone
     * (the recording player, a catalog read in the background) that must reach a view model.
     */
    public void run(Runnable task) {
        Objects.requireNonNull(task, "task");
        try {
            target.execute(task);
        } catch (IllegalStateException e) {
            LOG.debug("dropped a task after the toolkit exited", e);
        }
    }

    /**
     * Runs tasks where this bridge delivers events: for a view model that hands the result of
     * background work (a requirement check, a device list) back to its own thread.
     */
    public Executor executor() {
        return task -> deliver(task, "a background result");
    }

    private void deliver(PhoneEvent event, Consumer<PhoneEvent> viewModel) {
        deliver(() -> viewModel.accept(event), event.getClass().getSimpleName());
    }

    private void deliver(Runnable task, String what) {
        try {
            target.execute(task);
        } catch (IllegalStateException e) {
            // the toolkit has exited (window closed before the phone shut down): nobody is left to show it
            LOG.debug("dropped {} after the toolkit exited", what, e);
        }
    }
}
