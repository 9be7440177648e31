package io.agentbar.core.call;

import java.util.Objects;

/**
 * The other side of a call as a person sees it.
 *
 * @param uri         the SIP URI, e.g. {@code sip:1001@pbx.example.com}
 * @param displayName may be empty
 */
public record Party(String uri, String displayName) {
    public Party {
        Objects.requireNonNull(uri, "uri");
        displayName = displayName == null ? "" : displayName;
    }

    /** The user part of the URI (usually the number), or the whole URI when it has none. */
    public String user() {
        String s = uri.replaceFirst("^sips?:", "");
        int at = s.indexOf('@');
        return at > 0 ? s.substring(0, at) : s;
    }

    /** What the bar shows: the name when known, else the number. */
    public String label() {
        return displayName.isBlank() ? user() : displayName;
    }
}
