package io.agentbar.core.agent;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How pausing works for this agent. Reasons come from the settings now; a server-provided list
 * later replaces them through {@link #withReasons}.
 *
 * @param reasons          the pause types the agent picks from; the first is used when none is named
 * @param partialPause     whether the agent may return to ready on some channels only
 * @param channels         the channels this agent works (the partial-ready list shows only these)
 * @param publishPresence  whether pause and ready are published as SIP presence (PUBLISH, RFC 3903)
 * @param pauseCode        a feature code dialled on pause (Asterisk-style {@code *46}); empty: none
 * @param readyCode        a feature code dialled on ready ({@code *47}); empty: none
 * @param reasonSuffix     whether the pause reason is appended to the pause code ({@code *46Lunch})
 * @param pausedResponse   the SIP status refusing a queue call while paused on voice
 * @param queueHeader      empty: every incoming call is a queue call while paused on voice (the
 *                         agent's line belongs to the queue); a header name such as {@code X-Queue}:
 *                         only calls carrying that header are queue calls, others still ring
 */
public record AgentSettings(List<PauseReason> reasons, boolean partialPause, Set<Channel> channels,
                            boolean publishPresence, Optional<String> pauseCode, Optional<String> readyCode,
                            boolean reasonSuffix, int pausedResponse, Optional<String> queueHeader) {
    /**
     * 480 Temporarily Unavailable (RFC 3261 §21.4.18: the callee is reachable but not taking calls,
     * as with do-not-disturb). Asterisk's Queue() reads it like a busy member and rings the next one;
     * unlike 486 it does not tell a direct caller the agent is on the phone.
     */
    public static final int DEFAULT_PAUSED_RESPONSE = 480;
    public static final List<PauseReason> DEFAULT_REASONS = List.of(PauseReason.of("Break"), PauseReason.of("Lunch"),
            PauseReason.of("Meeting"), PauseReason.of("Training"), PauseReason.of("Back office"));
    private static final java.util.regex.Pattern DIALLABLE = java.util.regex.Pattern.compile("[0-9*#]{1,16}");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9!%*_+`'~.-]{1,64}");

    public AgentSettings {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("at least one pause reason");
        }
        Objects.requireNonNull(channels, "channels");
        if (channels.isEmpty() || !channels.contains(Channel.VOICE)) {
            throw new IllegalArgumentException("voice is always one of the agent's channels");
        }
        channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
        pauseCode = Objects.requireNonNull(pauseCode, "pauseCode").map(String::strip).filter(c -> !c.isEmpty());
        readyCode = Objects.requireNonNull(readyCode, "readyCode").map(String::strip).filter(c -> !c.isEmpty());
        pauseCode.ifPresent(AgentSettings::requireDiallable);
        readyCode.ifPresent(AgentSettings::requireDiallable);
        if (pausedResponse < 400 || pausedResponse > 699 || pausedResponse == 401 || pausedResponse == 407) {
            throw new IllegalArgumentException("the paused response is a 4xx-6xx status other than 401/407: "
                    + pausedResponse);
        }
        queueHeader = Objects.requireNonNull(queueHeader, "queueHeader").map(String::strip).filter(h -> !h.isEmpty());
        queueHeader.ifPresent(h -> {
            if (!TOKEN.matcher(h).matches()) {
                throw new IllegalArgumentException("not a SIP header name: " + h);
            }
        });
    }

    /** Five common reasons, no partial pause, voice only, presence published, no feature codes, 480. */
    public static AgentSettings defaults() {
        return new AgentSettings(DEFAULT_REASONS, false, EnumSet.of(Channel.VOICE), true, Optional.empty(),
                Optional.empty(), true, DEFAULT_PAUSED_RESPONSE, Optional.empty());
    }

    /** The configured reason matching {@code name} (case-insensitively), as configured. */
    public Optional<PauseReason> reason(String name) {
        return reasons.stream().filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    public AgentSettings withReasons(List<PauseReason> list) {
        return new AgentSettings(list, partialPause, channels, publishPresence, pauseCode, readyCode, reasonSuffix,
                pausedResponse, queueHeader);
    }

    public AgentSettings withPartialPause(boolean on, Set<Channel> list) {
        return new AgentSettings(reasons, on, list, publishPresence, pauseCode, readyCode, reasonSuffix,
                pausedResponse, queueHeader);
    }

    public AgentSettings withPresence(boolean on) {
        return new AgentSettings(reasons, partialPause, channels, on, pauseCode, readyCode, reasonSuffix,
                pausedResponse, queueHeader);
    }

    public AgentSettings withFeatureCodes(Optional<String> pause, Optional<String> ready, boolean suffix) {
        return new AgentSettings(reasons, partialPause, channels, publishPresence, pause, ready, suffix,
                pausedResponse, queueHeader);
    }

    public AgentSettings withPausedResponse(int status, Optional<String> header) {
        return new AgentSettings(reasons, partialPause, channels, publishPresence, pauseCode, readyCode, reasonSuffix,
                status, header);
    }

    private static void requireDiallable(String code) {
        if (!DIALLABLE.matcher(code).matches()) {
            throw new IllegalArgumentException("a feature code is 1 to 16 of 0-9, * and #: " + code);
        }
    }
}
