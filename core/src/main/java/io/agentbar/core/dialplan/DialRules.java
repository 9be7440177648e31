package io.agentbar.core.dialplan;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An account's dial-plan rules. Prefixes are kept in canonical form (separators dropped, the
 * international access prefix written as {@code +}), so {@code "00 881"} and {@code "+881"} are
 * the same rule. There is no country awareness: {@code 0900} and {@code +49900} are different
 * prefixes, so block both forms when both can be dialled.
 *
 * @param internationalAllowed whether numbers starting with {@code +} (after canonicalisation) may
 *                             be called; when off, only an allow-list entry lets one through
 * @param internationalPrefix  the access code that means "international" when typed ({@code 00} in
 *                             most of the world, {@code 011} in North America); empty for none
 * @param blocked              prefixes refused, e.g. premium rate ({@code +1900}, {@code 0900})
 * @param allowed              prefixes always allowed; an allow-list match wins over every block
 * @param callsPerMinute       how many calls may be started in any 60 s window
 * @param maxConcurrentCalls   how many calls may be up at once, this one included
 */
public record DialRules(boolean internationalAllowed, String internationalPrefix, List<String> blocked,
                        List<String> allowed, int callsPerMinute, int maxConcurrentCalls) {
    /** Enough for an agent working a list by hand, far too few for a dialler gone wild. */
    public static final int DEFAULT_CALLS_PER_MINUTE = 10;
    public static final int UNLIMITED = Integer.MAX_VALUE;
    public static final String DEFAULT_INTERNATIONAL_PREFIX = "00";
    /**
     * A starting point for toll-fraud blocking, not a complete list: North American premium rate
     * (+1 900, +1 976), the satellite and international-network codes favoured by revenue-share
     * fraud (+870, +881, +882) and the common European premium range 0900.
     */
    public static final List<String> TOLL_FRAUD_PREFIXES = List.of("+1900", "+1976", "+870", "+881", "+882", "0900");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\[\\]{}/]");
    private static final Pattern PREFIX = Pattern.compile("\\+?[0-9*#]*");

    public DialRules {
        internationalPrefix = internationalPrefix == null ? "" : SEPARATORS.matcher(internationalPrefix).replaceAll("");
        if (!internationalPrefix.matches("[0-9]*")) {
            throw new IllegalArgumentException("international prefix must be digits: " + internationalPrefix);
        }
        String access = internationalPrefix;
        blocked = canonicalPrefixes(blocked, access);
        allowed = canonicalPrefixes(allowed, access);
        if (callsPerMinute < 1) {
            throw new IllegalArgumentException("calls per minute must be at least 1: " + callsPerMinute);
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("concurrent calls must be at least 1: " + maxConcurrentCalls);
        }
    }

    /** Everything may be dialled, at most {@value #DEFAULT_CALLS_PER_MINUTE} calls a minute. */
    public static DialRules defaults() {
        return new DialRules(true, DEFAULT_INTERNATIONAL_PREFIX, List.of(), List.of(), DEFAULT_CALLS_PER_MINUTE,
                UNLIMITED);
    }

    public DialRules withInternational(boolean allowedAbroad) {
        return new DialRules(allowedAbroad, internationalPrefix, blocked, allowed, callsPerMinute, maxConcurrentCalls);
    }

    public DialRules withInternationalPrefix(String access) {
        return new DialRules(internationalAllowed, access, blocked, allowed, callsPerMinute, maxConcurrentCalls);
    }

    public DialRules withBlocked(List<String> prefixes) {
        return new DialRules(internationalAllowed, internationalPrefix, prefixes, allowed, callsPerMinute,
                maxConcurrentCalls);
    }

    public DialRules withAllowed(List<String> prefixes) {
        return new DialRules(internationalAllowed, internationalPrefix, blocked, prefixes, callsPerMinute,
                maxConcurrentCalls);
    }

    public DialRules withCallsPerMinute(int perMinute) {
        return new DialRules(internationalAllowed, internationalPrefix, blocked, allowed, perMinute, maxConcurrentCalls);
    }

    public DialRules withMaxConcurrentCalls(int max) {
        return new DialRules(internationalAllowed, internationalPrefix, blocked, allowed, callsPerMinute, max);
    }

    /**
     * The canonical form of a number or user part: visual separators dropped (RFC 3966 §5.1.1
     * lists {@code - . ( )}), the international access code replaced by {@code +}. Anything else
     * (a name such as {@code alice}) is returned without its separators and matches no prefix.
     */
    public String canonical(String number) {
        return canonical(number, internationalPrefix);
    }

    /** The number without visual separators, its access code as typed. */
    public static String withoutSeparators(String number) {
        return SEPARATORS.matcher(number).replaceAll("");
    }

    private static String canonical(String number, String access) {
        String n = withoutSeparators(number);
        return !access.isEmpty() && n.startsWith(access) ? "+" + n.substring(access.length()) : n;
    }

    private static List<String> canonicalPrefixes(List<String> prefixes, String access) {
        return Objects.requireNonNullElse(prefixes, List.<String>of()).stream().map(p -> {
            String c = canonical(Objects.requireNonNull(p, "prefix"), access);
            if (c.isEmpty() || !PREFIX.matcher(c).matches()) {
                throw new IllegalArgumentException("a dial-plan prefix holds digits, * and # after an optional +: '"
                        + p + "'");
            }
            return c;
        }).toList();
    }
}
