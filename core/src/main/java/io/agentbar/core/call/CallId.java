package io.agentbar.core.call;

import java.util.Objects;
import java.util.UUID;

/** Identifies a call inside AgentBar (not the SIP Call-ID, which signalling keeps to itself). */
public record CallId(String value) {
    public CallId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty call id");
        }
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
