package io.agentbar.core.account;

import java.util.Arrays;

/**
 * A password or other credential. {@link #toString()} never reveals it, so a secret that slips
 * into a log line or an exception message stays hidden.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value.clone();
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    public static Secret of(char[] value) {
        return new Secret(value);
    }

    /** A copy of the secret; callers should clear it when done. */
    public char[] reveal() {
        return value.clone();
    }

    public String revealAsString() {
        return new String(value);
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
