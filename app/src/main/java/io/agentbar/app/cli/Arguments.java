package io.agentbar.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} options and positional words, checked against the options a command knows,
 * so a typo is an error rather than silently ignored.
 */
public final class Arguments {
    private final Map<String, String> options;
    private final List<String> positionals;

    private Arguments(Map<String, String> options, List<String> positionals) {
        this.options = options;
        this.positionals = positionals;
    }

    public static Arguments parse(List<String> args, Set<String> known, Set<String> switches) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (switches.contains(name)) {
                    options.put(name, value == null ? "true" : value);
                    continue;
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                positionals.add(a);
            }
        }
        return new Arguments(options, positionals);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) throws UsageException {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("missing --" + name);
        }
        return v;
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(options.getOrDefault(name, "false"));
    }

    public int intOption(String name, int fallback, int min, int max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    public List<String> positionals() {
        return positionals;
    }
}
