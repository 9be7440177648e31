package io.agentbar.app.api;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The few named values a command may take in its body, next to the query: a flat JSON object of
 * strings, booleans, numbers or arrays of strings ({@code {"reason":"Lunch","channels":["chat"]}}),
 * or an HTML form ({@code reason=Lunch&channels=chat,mail}). Arrays become comma-joined text, so
 * both forms read the same. Anything else is malformed: the API never guesses.
 */
final class RequestBody {
    private final String text;
    private int at;

    private RequestBody(String text) {
        this.text = text;
    }

    /** @return the values, or empty when the body is malformed (HTTP 400) */
    static Optional<Map<String, String>> parse(String contentType, byte[] body) {
        if (body.length == 0) {
            return Optional.of(Map.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return form(text);
        }
        if (text.isBlank()) {
            return Optional.of(Map.of());
        }
        try {
            RequestBody parser = new RequestBody(text);
            Map<String, String> values = parser.object();
            parser.space();
            return parser.at == text.length() ? Optional.of(values) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, String>> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            Optional<String> key = Routes.decode(eq < 0 ? pair : pair.substring(0, eq));
            Optional<String> value = Routes.decode(eq < 0 ? "" : pair.substring(eq + 1).replace('+', ' '));
            if (key.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            values.putIfAbsent(key.get(), value.get());
        }
        return Optional.of(values);
    }

    private Map<String, String> object() {
        space();
        expect('{');
        Map<String, String> values = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            return values;
        }
        while (true) {
            space();
            String key = string();
            space();
            expect(':');
            space();
            values.putIfAbsent(key, value());
            space();
            char c = text.charAt(at++);
            if (c == '}') {
                return values;
            }
            if (c != ',') {
                throw new IllegalArgumentException("',' or '}' expected");
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            at++;
            List<String> items = new ArrayList<>();
            space();
            if (peek() == ']') {
                at++;
                return "";
            }
            while (true) {
                space();
                items.add(string());
                space();
                char n = text.charAt(at++);
                if (n == ']') {
                    return String.join(",", items);
                }
                if (n != ',') {
                    throw new IllegalArgumentException("',' or ']' expected");
                }
            }
        }
        int start = at;
        while (at < text.length() && "-+.0123456789eEtruefalsn".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (literal.equals("true") || literal.equals("false") || literal.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return literal;
        }
        if (literal.equals("null")) {
            return "";
        }
        throw new IllegalArgumentException("a string, number, boolean or array of strings expected");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
    }

    private void expect(char c) {
        if (text.charAt(at++) != c) {
            throw new IllegalArgumentException("'" + c + "' expected");
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
