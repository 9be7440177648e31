package io.agentbar.app.cli;

import io.agentbar.core.dialplan.DialRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The dial-plan flags: what an agent may dial or transfer to. Without any, {@link DialRules#defaults()}
 * (everything, ten calls a minute). {@code --block-premium} adds the toll-fraud starter list.
 */
public final class DialOptions {
    public static final Set<String> NAMES = Set.of("block-prefix", "allow-prefix", "international-prefix",
            "max-calls-per-minute", "max-calls");
    public static final Set<String> SWITCHES = Set.of("block-premium", "no-international");
    /** A cap above this is no cap; a typo like 6000 should not pass as a setting. */
    private static final int MOST_CALLS_PER_MINUTE = 600;
    private static final int MOST_CONCURRENT_CALLS = 20;

    private DialOptions() {
    }

    public static DialRules rules(Arguments args) throws UsageException {
        DialRules rules = DialRules.defaults();
        try {
            if (args.option("international-prefix").isPresent()) {
                rules = rules.withInternationalPrefix(args.option("international-prefix").get());
            }
            List<String> blocked = new ArrayList<>(list(args, "block-prefix"));
            if (args.flag("block-premium")) {
                blocked.addAll(DialRules.TOLL_FRAUD_PREFIXES);
            }
            rules = rules.withBlocked(blocked).withAllowed(list(args, "allow-prefix"))
                    .withInternational(!args.flag("no-international"))
                    .withCallsPerMinute(args.intOption("max-calls-per-minute", DialRules.DEFAULT_CALLS_PER_MINUTE, 1,
                            MOST_CALLS_PER_MINUTE));
            if (args.option("max-calls").isPresent()) {
                rules = rules.withMaxConcurrentCalls(args.intOption("max-calls", 1, 1, MOST_CONCURRENT_CALLS));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return rules;
    }

    private static List<String> list(Arguments args, String name) throws UsageException {
        List<String> prefixes = args.option(name).map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList()).orElse(List.of());
        for (String p : prefixes) {
            if (!p.matches("\\+?[0-9*#\\s\\-.()]+")) {
                throw new UsageException("--" + name + " " + p + ": a prefix holds digits, * and #, optionally after +");
            }
        }
        return prefixes;
    }
}
