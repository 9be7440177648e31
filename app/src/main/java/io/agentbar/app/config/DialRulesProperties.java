package io.agentbar.app.config;

import io.agentbar.core.dialplan.DialRules;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The {@code dialplan.*} keys of settings.properties. A file written before they existed, or
 * without them, gets {@link DialRules#defaults()}.
 *
 * <pre>
 * dialplan.block=+1900,0900          prefixes refused
 * dialplan.allow=+44                 prefixes always allowed (wins over blocks)
 * dialplan.international=true        whether +... numbers may be called
 * dialplan.internationalPrefix=00    the access code typed for abroad
 * dialplan.callsPerMinute=10
 * dialplan.maxCalls=4                calls up at once (absent: no limit)
 * </pre>
 */
final class DialRulesProperties {
    private DialRulesProperties() {
    }

    static void write(DialRules r, Properties p) {
        p.setProperty("dialplan.block", String.join(",", r.blocked()));
        p.setProperty("dialplan.allow", String.join(",", r.allowed()));
        p.setProperty("dialplan.international", Boolean.toString(r.internationalAllowed()));
        p.setProperty("dialplan.internationalPrefix", r.internationalPrefix());
        p.setProperty("dialplan.callsPerMinute", Integer.toString(r.callsPerMinute()));
        if (r.maxConcurrentCalls() != DialRules.UNLIMITED) {
            p.setProperty("dialplan.maxCalls", Integer.toString(r.maxConcurrentCalls()));
        }
    }

    /** @throws IllegalArgumentException for a value that is not a valid rule, naming the key */
    static DialRules read(Properties p) {
        DialRules d = DialRules.defaults();
        try {
            return new DialRules(Boolean.parseBoolean(p.getProperty("dialplan.international", "true")),
                    p.getProperty("dialplan.internationalPrefix", d.internationalPrefix()),
                    list(p, "dialplan.block"), list(p, "dialplan.allow"),
                    Integer.parseInt(p.getProperty("dialplan.callsPerMinute", Integer.toString(d.callsPerMinute())).strip()),
                    p.getProperty("dialplan.maxCalls") == null ? DialRules.UNLIMITED
                            : Integer.parseInt(p.getProperty("dialplan.maxCalls").strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dialplan: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key, "");
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
