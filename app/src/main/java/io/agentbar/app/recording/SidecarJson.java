package io.agentbar.app.recording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the small JSON documents recordings keep beside them (RFC 8259): objects, arrays,
 * strings, numbers, booleans and null. A sidecar comes from disk, so anything may be in it: the
 * parser is bounded in depth, never evaluates anything, and reports any defect as one
 * {@link IllegalArgumentException} the caller turns into "metadata unreadable".
 */
final class SidecarJson {
    private static final int MAX_DEPTH = 16;

    private final String text;
    private int at;

    private SidecarJson(String text) {
        this.text = text;
    }

    /** The top-level object's members, in file order. */
    static Map<String, Object> object(String text) {
        SidecarJson p = new SidecarJson(text);
        p.space();
        if (p.peek() != '{') {
            throw p.error("an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) p.value(0);
        p.space();
        if (p.at != text.length()) {
            throw p.error("the end");
        }
        return result;
    }

    static Optional<String> string(Map<String, Object> json, String name) {
        return json.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    static Optional<Long> number(Map<String, Object> json, String name) {
        return json.get(name) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("less nesting");
        }
        space();
        char c = peek();
        if (c == '{') {
            at++;
            Map<String, Object> members = new LinkedHashMap<>();
            space();
            if (peek() == '}') {
                at++;
                return members;
            }
            do {
                space();
                String name = string();
                space();
                expect(':');
                members.put(name, value(depth + 1));
                space();
            } while (next() == ',');
            at--;
            expect('}');
            return members;
        }
        if (c == '[') {
            at++;
            List<Object> items = new ArrayList<>();
            space();
            if (peek() == ']') {
                at++;
                return items;
            }
            do {
                items.add(value(depth + 1));
                space();
            } while (next() == ',');
            at--;
            expect(']');
            return items;
        }
        if (c == '"') {
            return string();
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        try {
            return number.matches("-?\\d{1,18}") ? (Number) Long.valueOf(number) : (Number) Double.valueOf(number);
        } catch (NumberFormatException e) {
            throw error("a value");
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("no control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("an escape");
            }
        }
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at++);
    }

    private void expect(char c) {
        if (next() != c) {
            at--;
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("expected " + expected + " at offset " + at);
    }
}
