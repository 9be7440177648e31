package io.agentbar.ui.settings;

import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.RequirementCheck;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The Requirements tab. Checks block (name lookups, connection attempts), so they run on the
 * background executor; results come back through the FX executor, the only thread that changes
 * this view model.
 */
public final class RequirementsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RequirementsViewModel.class);

    private final RequirementCheck check;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper allPassed = new ReadOnlyBooleanWrapper(this, "allPassed");

    RequirementsViewModel(RequirementCheck check, Executor background, Executor fx) {
        this.check = check;
        this.background = background;
        this.fx = fx;
    }

    /** Runs every check again; ignored while a run is under way. */
    public void checkAgain() {
        if (running.get()) {
            return;
        }
        running.set(true);
        summary.set(Messages.get("settings.requirements.running"));
        background.execute(() -> {
            List<CheckResult> results;
            try {
                results = check.run();
            } catch (RuntimeException e) {
                LOG.warn("requirement checks failed to run", e);
                fx.execute(() -> broken(e));
                return;
            }
            fx.execute(() -> show(results));
        });
    }

    private void show(List<CheckResult> results) {
        rows.setAll(results.stream().map(RequirementsViewModel::row).toList());
        long failed = results.stream().filter(r -> !r.passed()).count();
        allPassed.set(failed == 0);
        summary.set(failed == 0 ? Messages.get("settings.requirements.allPassed")
                : Messages.get("settings.requirements.failed", Long.toString(failed), Integer.toString(results.size())));
        running.set(false);
    }

    private void broken(RuntimeException e) {
        rows.clear();
        allPassed.set(false);
        summary.set(Messages.get("settings.requirements.broken", String.valueOf(e.getMessage())));
        running.set(false);
    }

    private static CheckRow row(CheckResult r) {
        String key = r.requirement().name();
        return new CheckRow("settings-check-" + key.toLowerCase(Locale.ROOT),
                Messages.get("settings.requirement." + key), r.passed(), r.hint());
    }

    public ObservableList<CheckRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allPassed() {
        return allPassed.getReadOnlyProperty();
    }

    /** "All requirements are met", how many failed, or "Checking…". */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
