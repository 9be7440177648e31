package io.agentbar.app.config;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code agent.*} keys of settings.properties: how pausing works (see {@link AgentSettings}).
 * Every key is optional; a missing one keeps the default.
 *
 * <pre>
 * agent.pauseReasons=Break,Lunch,Meeting     pause types, the first is the default
 * agent.partialPause=true                    ready on some channels only
 * agent.channels=voice,chat,mail             the agent's channels (voice always)
 * agent.presence=true                        publish pause/ready as SIP presence
 * agent.pauseCode=*46                        dialled on pause
 * agent.readyCode=*47                        dialled on ready
 * agent.pauseCodeReason=true                 reason appended to the pause code
 * agent.pausedResponse=480                   status refusing queue calls while paused
 * agent.queueHeader=X-Queue                  only calls with this header are queue calls
 * </pre>
 */
public final class AgentProperties {
    private AgentProperties() {
    }

    static void write(AgentSettings a, Properties p) {
        p.setProperty("agent.pauseReasons", String.join(",", a.reasons().stream().map(PauseReason::name).toList()));
        p.setProperty("agent.partialPause", Boolean.toString(a.partialPause()));
        p.setProperty("agent.channels", String.join(",", a.channels().stream().map(Channel::token).toList()));
        p.setProperty("agent.presence", Boolean.toString(a.publishPresence()));
        a.pauseCode().ifPresent(c -> p.setProperty("agent.pauseCode", c));
        a.readyCode().ifPresent(c -> p.setProperty("agent.readyCode", c));
        p.setProperty("agent.pauseCodeReason", Boolean.toString(a.reasonSuffix()));
        p.setProperty("agent.pausedResponse", Integer.toString(a.pausedResponse()));
        a.queueHeader().ifPresent(h -> p.setProperty("agent.queueHeader", h));
    }

    /** @throws IllegalArgumentException naming the key that holds something unusable */
    static AgentSettings read(Properties p) {
        AgentSettings d = AgentSettings.defaults();
        try {
            return new AgentSettings(
                    Optional.ofNullable(p.getProperty("agent.pauseReasons")).map(AgentProperties::reasons).orElse(d.reasons()),
                    bool(p, "agent.partialPause", d.partialPause()),
                    Optional.ofNullable(p.getProperty("agent.channels")).map(AgentProperties::channels).orElse(d.channels()),
                    bool(p, "agent.presence", d.publishPresence()),
                    Optional.ofNullable(p.getProperty("agent.pauseCode")),
                    Optional.ofNullable(p.getProperty("agent.readyCode")),
                    bool(p, "agent.pauseCodeReason", d.reasonSuffix()),
                    Integer.parseInt(p.getProperty("agent.pausedResponse", Integer.toString(d.pausedResponse())).strip()),
                    Optional.ofNullable(p.getProperty("agent.queueHeader")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agent settings: " + e.getMessage(), e);
        }
    }

    /** A comma-separated list of reasons: "Break, Lunch,Back office". */
    public static List<PauseReason> reasons(String list) {
        List<PauseReason> out = new ArrayList<>();
        for (String r : list.split(",")) {
            if (!r.isBlank() && out.stream().noneMatch(x -> x.name().equalsIgnoreCase(r.strip()))) {
                out.add(PauseReason.of(r));
            }
        }
        return out;
    }

    /** A comma-separated list of channel tokens; voice is added when missing (the phone is voice). */
    public static Set<Channel> channels(String list) {
        Set<Channel> out = EnumSet.of(Channel.VOICE);
        for (String c : list.split(",")) {
            if (!c.isBlank()) {
                out.add(Channel.parse(c).orElseThrow(() -> new IllegalArgumentException("unknown channel '" + c.strip()
                        + "' (voice, chat, mail, sms, open-channel)")));
            }
        }
        return out;
    }

    private static boolean bool(Properties p, String key, boolean fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " is true or false, not '" + v + "'");
        };
    }
}
