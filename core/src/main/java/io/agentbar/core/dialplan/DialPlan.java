package io.agentbar.core.dialplan;

import io.agentbar.core.dialplan.DialDecision.Allowed;
import io.agentbar.core.dialplan.DialDecision.Reason;
import io.agentbar.core.dialplan.DialDecision.Refused;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dial-plan check in front of every call the phone places. The prefix rules are a pure
 * function ({@link #evaluate}); the caps need the calls already up and a sliding one-minute
 * window of the dials allowed so far. Not thread-safe: it belongs to the phone's signalling
 * thread, like the calls it counts.
 */
public final class DialPlan {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Pattern NUMBER = Pattern.compile("[+0-9*#\\s\\-.()\\[\\]{}/]+");

    private final DialRules rules;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    public DialPlan(DialRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The default rules: everything may be dialled, ten calls a minute at most. */
    public static DialPlan permissive(Clock clock) {
        return new DialPlan(DialRules.defaults(), clock);
    }

    public DialRules rules() {
        return rules;
    }

    /**
     * Decides whether {@code target} may be called now and, when it may, counts the dial. A
     * refused target is not counted, so a blocked number cannot also use up the rate.
     *
     * @param activeCalls how many calls are up besides this one (ringing, connected, on hold, ending)
     */
    public DialDecision check(String target, int activeCalls) {
        DialDecision decision = evaluate(rules, target);
        if (!(decision instanceof Allowed)) {
            return decision;
        }
        if (activeCalls >= rules.maxConcurrentCalls()) {
            return new Refused(Reason.TOO_MANY_CALLS, activeCalls == 1 ? "A call is already up: end it before dialling again"
                    : "Already " + activeCalls + " calls up: end one before dialling again");
        }
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= rules.callsPerMinute()) {
            Duration wait = Duration.between(now, recent.peekFirst().plus(WINDOW));
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return new Refused(Reason.RATE_LIMITED, "Too many calls started in the last minute (at most "
                    + rules.callsPerMinute() + "): try again in " + seconds + " s");
        }
        recent.addLast(now);
        return decision;
    }

    /**
     * The prefix rules alone, without caps or state: for a URI ({@code sip:}, {@code sips:},
     * {@code tel:}) only the user part is checked and the URI is passed on unchanged.
     */
    public static DialDecision evaluate(DialRules rules, String target) {
        if (target == null || target.isBlank()) {
            return new Refused(Reason.INVALID, "Nothing to dial");
        }
        String t = target.strip();
        String user = userPart(t);
        String canonical = NUMBER.matcher(user).matches() ? rules.canonical(user) : user;
        // only a bare number loses its separators: a URI or a name (john.doe) is passed on as typed
        String dial = NUMBER.matcher(t).matches() ? DialRules.withoutSeparators(t) : t;
        if (dial.isEmpty()) {
            return new Refused(Reason.INVALID, "Nothing to dial");
        }
        Allowed allowed = new Allowed(dial, canonical);
        if (rules.allowed().stream().anyMatch(canonical::startsWith)) {
            return allowed; // an explicit allow wins over every block
        }
        Optional<String> blocked = rules.blocked().stream().filter(canonical::startsWith).findFirst();
        if (blocked.isPresent()) {
            return new Refused(Reason.BLOCKED_PREFIX, "Calls to numbers starting " + blocked.get()
                    + " are blocked on this phone; an administrator can allow the number");
        }
        if (!rules.internationalAllowed() && canonical.startsWith("+")) {
            return new Refused(Reason.INTERNATIONAL,
                    "International calls are switched off for this account; an administrator can allow the number");
        }
        return allowed;
    }

    private static Optional<String> scheme(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String s : new String[] {"sips:", "sip:", "tel:"}) {
            if (lower.startsWith(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The part the rules judge: a tel: number up to its parameters, a SIP URI's user (empty when
     * it has none), the user of {@code user@host}, or the whole of a bare number. Percent-escapes
     * are decoded so {@code %2B1900} cannot slip past a {@code +1900} block.
     */
    static String userPart(String target) {
        Optional<String> scheme = scheme(target);
        String rest = target.substring(scheme.map(String::length).orElse(0));
        String user;
        if (scheme.filter("tel:"::equals).isPresent()) {
            user = rest;
        } else {
            int at = rest.indexOf('@');
            user = at >= 0 ? rest.substring(0, at) : scheme.isPresent() ? "" : rest;
            int password = user.indexOf(':');
            user = password >= 0 ? user.substring(0, password) : user;
        }
        int parameters = user.indexOf(';');
        return percentDecoded(parameters >= 0 ? user.substring(0, parameters) : user);
    }

    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s, i + 1) && isHex(s, i + 2)) {
                out.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int i) {
        return HexFormat.isHexDigit(s.charAt(i));
    }
}
