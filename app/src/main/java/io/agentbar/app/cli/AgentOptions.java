package io.agentbar.app.cli;

import io.agentbar.app.config.AgentProperties;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.Channel;

import java.util.EnumSet;
import java.util.Set;

/**
 * The agent-state flags of {@code serve}: pause reasons, partial pause, presence, feature codes
 * and the refusal of queue calls while paused. Without any, {@link AgentSettings#defaults()}.
 */
final class AgentOptions {
    static final Set<String> NAMES = Set.of("pause-reasons", "partial-pause", "pause-code", "ready-code",
            "paused-response", "queue-header");
    static final Set<String> SWITCHES = Set.of("presence", "no-presence", "no-pause-code-reason");

    private AgentOptions() {
    }

    static AgentSettings from(Arguments args) throws UsageException {
        if (args.flag("presence") && args.flag("no-presence")) {
            throw new UsageException("--presence and --no-presence contradict each other");
        }
        AgentSettings d = AgentSettings.defaults();
        try {
            Set<Channel> channels = args.option("partial-pause").map(AgentProperties::channels)
                    .orElse(EnumSet.of(Channel.VOICE));
            return new AgentSettings(
                    args.option("pause-reasons").map(AgentProperties::reasons).orElse(d.reasons()),
                    args.option("partial-pause").isPresent(), channels,
                    !args.flag("no-presence"),
                    args.option("pause-code"), args.option("ready-code"), !args.flag("no-pause-code-reason"),
                    args.intOption("paused-response", d.pausedResponse(), 400, 699),
                    args.option("queue-header"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Merges this command's flags with the others it takes. */
    static Set<String> withNames(Set<String> others) {
        java.util.Set<String> all = new java.util.HashSet<>(others);
        all.addAll(NAMES);
        return Set.copyOf(all);
    }

    /** One line for the serve log: what pausing will do. */
    static String describe(AgentSettings a) {
        return ("pause reasons: " + String.join(", ", a.reasons().stream().map(r -> r.name()).toList())
                + (a.partialPause() ? "; partial pause on " + String.join(",", a.channels().stream().map(Channel::token).toList()) : "")
                + (a.publishPresence() ? "; presence published" : "; presence not published")
                + a.pauseCode().map(c -> "; pause code " + c).orElse("")
                + a.readyCode().map(c -> "; ready code " + c).orElse("")
                + "; queue calls refused with " + a.pausedResponse() + " while paused"
                + a.queueHeader().map(h -> " (those with " + h + ")").orElse(""));
    }
}
