package io.agentbar.core.agent;

import java.util.Objects;

/**
 * Why the agent paused ("Lunch", "Training"), as the contact center names its pause types. It
 * travels to the server (a presence note, a feature-code suffix), so it is kept short and printable.
 */
public record PauseReason(String name) {
    public static final int MAX_LENGTH = 64;

    public PauseReason {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a pause reason has 1 to " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a pause reason has no control characters");
        }
    }

    public static PauseReason of(String name) {
        return new PauseReason(name);
    }

    /** The same pause type, whatever the case the agent or a script typed it in. */
    public boolean sameAs(PauseReason other) {
        return other != null && name.equalsIgnoreCase(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
