package io.agentbar.app.api;

import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The API's paths and the command each one runs. The Phonebar's paths come first and keep its
 * shape ({@code /api/answer/{id}}, {@code /api/originate/{number}}); the rest follow the same style.
 * Commands that act on "the current call" take {@code ?call=ID} to name another.
 */
final class Routes {
    static final String PREFIX = "/api/";
    private static final Pattern DTMF = Pattern.compile("[0-9*#A-D]{1,64}");
    private static final int MAX_SEGMENT = 256;

    /** What a request path resolved to. */
    sealed interface Route {
        /** {@code read}: GET only; otherwise a command, GET or POST. */
        record Found(boolean read, Function<PhoneCommands, ApiResponse> action) implements Route {
        }

        record Unknown() implements Route {
        }

        record Malformed(String reason) implements Route {
        }
    }

    private Routes() {
    }

    static Route resolve(String rawPath, String rawQuery) {
        return resolve(rawPath, rawQuery, Map.of());
    }

    /** @param body the named values of the request body ({@link RequestBody}); the query wins over them */
    static Route resolve(String rawPath, String rawQuery, Map<String, String> body) {
        if (!rawPath.startsWith(PREFIX) || rawPath.length() == PREFIX.length()) {
            return new Route.Unknown();
        }
        String[] raw = rawPath.substring(PREFIX.length()).split("/", -1);
        int n = raw.length > 1 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            Optional<String> decoded = decode(raw[i]);
            if (decoded.isEmpty() || decoded.get().isBlank() || decoded.get().length() > MAX_SEGMENT
                    || decoded.get().chars().anyMatch(Character::isISOControl)) {
                return new Route.Malformed("bad path segment " + (i + 2));
            }
            s[i] = decoded.get();
        }
        Optional<String> arg = n == 2 ? Optional.of(s[1]) : Optional.empty();
        Optional<CallId> id = arg.map(CallId::new);
        Optional<CallId> call;
        try {
            call = query(rawQuery, "call").map(CallId::new);
        } catch (IllegalArgumentException e) {
            return new Route.Malformed("bad call parameter");
        }
        if (n > 2) {
            return new Route.Unknown();
        }
        return switch (s[0]) {
            case "calls" -> n == 1 ? new Route.Found(true, Routes::calls) : new Route.Unknown();
            case "answer" -> command(p -> p.answer(id));
            case "originate" -> arg.isPresent() ? command(p -> p.originate(s[1])) : new Route.Unknown();
            case "hangup" -> command(p -> p.hangUp(id));
            case "hold" -> command(p -> p.hold(id));
            case "unhold" -> command(p -> p.unhold(id));
            case "transfer" -> arg.isPresent() ? command(p -> p.blindTransfer(call, s[1])) : new Route.Unknown();
            case "attended-transfer" -> command(p -> p.attendedTransfer(call, arg));
            case "conference" -> command(p -> p.conference(arg));
            case "record" -> arg.filter(a -> a.equals("start")).isPresent() ? command(p -> p.startRecording(call))
                    : arg.filter(a -> a.equals("stop")).isPresent() ? command(p -> p.stopRecording(call))
                    : arg.filter(a -> a.equals("pause")).isPresent() ? command(p -> p.pauseServerRecording(call))
                    : arg.filter(a -> a.equals("resume")).isPresent() ? command(p -> p.resumeServerRecording(call))
                    : new Route.Unknown();
            case "dtmf" -> arg.isEmpty() ? new Route.Unknown()
                    : DTMF.matcher(arg.get().toUpperCase(Locale.ROOT)).matches()
                    ? command(p -> p.dtmf(call, arg.get().toUpperCase(Locale.ROOT)))
                    : new Route.Malformed("DTMF digits are 0-9, *, # and A-D (at most 64)");
            case "pause", "ready" -> agentCommand(s[0], arg, rawQuery, body);
            case "agent" -> n == 1 ? new Route.Found(true, Routes::agent) : new Route.Unknown();
            default -> new Route.Unknown();
        };
    }

    /**
     * {@code pause[/{reason}]} and {@code ready}, with {@code reason} and {@code channels}
     * (comma-separated tokens) from the query or the body.
     */
    private static Route agentCommand(String name, Optional<String> arg, String rawQuery, Map<String, String> body) {
        Optional<String> reason = arg.or(() -> param(rawQuery, body, "reason"));
        if (name.equals("ready") && arg.isPresent()) {
            return new Route.Unknown();
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String token : param(rawQuery, body, "channels").map(c -> c.split(",")).orElse(new String[0])) {
            if (token.isBlank()) {
                continue;
            }
            Optional<Channel> channel = Channel.parse(token);
            if (channel.isEmpty()) {
                return new Route.Malformed("unknown channel '" + token.strip() + "' (voice, chat, mail, sms, open-channel)");
            }
            channels.add(channel.get());
        }
        if (reason.filter(r -> r.strip().isEmpty() || r.strip().length() > PauseReason.MAX_LENGTH).isPresent()) {
            return new Route.Malformed("a pause reason has 1 to " + PauseReason.MAX_LENGTH + " characters");
        }
        return name.equals("pause") ? command(p -> p.pause(reason.map(String::strip), channels))
                : command(p -> p.ready(channels));
    }

    private static Optional<String> param(String rawQuery, Map<String, String> body, String name) {
        return query(rawQuery, name).or(() -> Optional.ofNullable(body.get(name)).filter(v -> !v.isBlank()));
    }

    private static ApiResponse agent(PhoneCommands phone) {
        return phone.agent().map(a -> ApiResponse.ok(Json.object().put("ok", true).put("agent", ApiJson.agent(a))))
                .orElseGet(() -> ApiResponse.error(503, "the phone has not reported the agent's state yet"));
    }

    private static Route command(Function<PhoneCommands, CommandOutcome> command) {
        return new Route.Found(false, command.andThen(ApiResponse::of));
    }

    private static ApiResponse calls(PhoneCommands phone) {
        List<String> calls = phone.calls().stream().map(c -> ApiJson.call(c).toString()).toList();
        return ApiResponse.ok(Json.object().put("ok", true).raw("calls", Json.array(calls)));
    }

    /** The first value of a query parameter; {@code +} is a space there, as in HTML forms. */
    static Optional<String> query(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return decode(eq < 0 ? "" : pair.substring(eq + 1).replace('+', ' ')).filter(v -> !v.isBlank());
            }
        }
        return Optional.empty();
    }

    /**
     * Percent-decodes one path segment as UTF-8. Unlike URLDecoder it keeps {@code +}, which a
     * number like {@code +3902...} needs. Empty when the escapes or the UTF-8 are broken.
     */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
