package io.agentbar.core.settings;

import java.util.Objects;

/**
 * The outcome of one requirement check.
 *
 * @param hint what was found, and when failed what to do (or whom to ask)
 */
public record CheckResult(Requirement requirement, boolean passed, String hint) {
    public CheckResult {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(hint, "hint");
    }

    public static CheckResult pass(Requirement requirement, String hint) {
        return new CheckResult(requirement, true, hint);
    }

    public static CheckResult fail(Requirement requirement, String hint) {
        return new CheckResult(requirement, false, hint);
    }
}
