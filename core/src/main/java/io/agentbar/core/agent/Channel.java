package io.agentbar.core.agent;

import java.util.Locale;
import java.util.Optional;

/** The ways an agent takes interactions; a pause can end on some of them only (partial pause). */
public enum Channel {
    VOICE, CHAT, MAIL, SMS, OPEN_CHANNEL;

    /** The name in settings, the API and the CLI: {@code voice}, {@code open-channel}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts the token, the enum name, and {@code openchannel}; case does not matter. */
    public static Optional<Channel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("OPENCHANNEL")) {
            return Optional.of(OPEN_CHANNEL);
        }
        for (Channel c : values()) {
            if (c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
