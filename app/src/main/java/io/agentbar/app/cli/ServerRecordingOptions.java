package io.agentbar.app.cli;

import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.account.ServerRecordingRule.Control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flags that describe how the PBX indicates and controls its own recording of a call:
 * {@code --record-header NAME[=VALUE,VALUE...]}, {@code --record-pause-code KEYS} with an optional
 * {@code --record-resume-code KEYS} (the same code when absent: Asterisk's automixmon toggles), or
 * {@code --record-info TYPE:PAUSEBODY:RESUMEBODY}.
 */
final class ServerRecordingOptions {
    static final Set<String> NAMES = Set.of("record-header", "record-pause-code", "record-resume-code", "record-info");

    private ServerRecordingOptions() {
    }

    static ServerRecordingRule rule(Arguments args) throws UsageException {
        ServerRecordingRule rule = ServerRecordingRule.DEFAULT;
        try {
            if (args.option("record-header").isPresent()) {
                String spec = args.option("record-header").get();
                int eq = spec.indexOf('=');
                String name = eq < 0 ? spec : spec.substring(0, eq);
                List<String> values = eq < 0 ? List.of() : Arrays.asList(spec.substring(eq + 1).split(","));
                if (eq >= 0 && values.stream().allMatch(String::isBlank)) {
                    throw new UsageException("--record-header " + spec + ": list the values after = (e.g. X-Record=on,yes)");
                }
                rule = rule.withHeader(name, values);
            }
            Optional<String> pause = args.option("record-pause-code");
            Optional<String> resume = args.option("record-resume-code");
            Optional<String> info = args.option("record-info");
            if (info.isPresent() && (pause.isPresent() || resume.isPresent())) {
                throw new UsageException("--record-info and --record-pause-code/--record-resume-code exclude each other");
            }
            if (resume.isPresent() && pause.isEmpty()) {
                throw new UsageException("--record-resume-code needs --record-pause-code");
            }
            if (pause.isPresent()) {
                rule = rule.withControl(new Control.FeatureCode(pause.get(), resume.orElse(pause.get())));
            } else if (info.isPresent()) {
                String[] parts = info.get().split(":", 3);
                if (parts.length != 3) {
                    throw new UsageException("--record-info " + info.get()
                            + ": expected TYPE:PAUSEBODY:RESUMEBODY, e.g. application/x-record:pause:resume");
                }
                rule = rule.withControl(new Control.Info(parts[0], parts[1], parts[2]));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return rule;
    }
}
