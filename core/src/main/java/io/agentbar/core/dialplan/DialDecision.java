package io.agentbar.core.dialplan;

import java.util.Objects;

/** What the dial plan says about one target. */
public sealed interface DialDecision {

    /**
     * The target may be called.
     *
     * @param target    what to dial: the target with visual separators removed, its international
     *                  prefix as typed (the PBX's own dial plan expects what the agent typed)
     * @param canonical the form the rules were checked against ({@code 00…} as {@code +…}; for a
     *                  URI, its user part); for logs and history
     */
    record Allowed(String target, String canonical) implements DialDecision {
        public Allowed {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    /**
     * The target must not be called.
     *
     * @param reason  why, for code
     * @param message why, for the agent: short and with a way forward
     */
    record Refused(Reason reason, String message) implements DialDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    enum Reason {
        /** Nothing that could be dialled. */
        INVALID,
        /** The number starts with a blocked prefix (premium rate, satellite...). */
        BLOCKED_PREFIX,
        /** International calls are switched off for this account. */
        INTERNATIONAL,
        /** Too many calls are already up. */
        TOO_MANY_CALLS,
        /** Too many calls were started in the last minute. */
        RATE_LIMITED
    }
}
