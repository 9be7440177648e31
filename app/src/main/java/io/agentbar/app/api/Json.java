package io.agentbar.app.api;

import java.util.List;

/**
 * A tiny JSON object writer: the API's responses are small, flat and built in code, so a
 * dependency would buy nothing. Members are written in the order they are added.
 */
final class Json {
    private final StringBuilder out = new StringBuilder("{");

    private Json() {
    }

    static Json object() {
        return new Json();
    }

    Json put(String name, String value) {
        return raw(name, quote(value));
    }

    Json put(String name, long value) {
        return raw(name, Long.toString(value));
    }

    Json put(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    Json put(String name, Json value) {
        return raw(name, value.toString());
    }

    Json putStrings(String name, List<String> values) {
        return raw(name, array(values.stream().map(Json::quote).toList()));
    }

    /** {@code value} must already be JSON text (an object or array built here). */
    Json raw(String name, String value) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append(quote(name)).append(':').append(value);
        return this;
    }

    static String array(List<String> jsonElements) {
        return "[" + String.join(",", jsonElements) + "]";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    // control characters, and the two line separators JavaScript once refused in strings
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
