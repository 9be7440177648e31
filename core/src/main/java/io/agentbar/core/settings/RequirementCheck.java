package io.agentbar.core.settings;

import java.util.List;

/**
 * Checks whether the machine meets the bar's requirements. It blocks (name lookups, connection
 * attempts) for at most a few seconds, so callers run it off the UI thread.
 */
@FunctionalInterface
public interface RequirementCheck {
    /** One result per {@link Requirement}, in its order. */
    List<CheckResult> run();
}
