package io.agentbar.core.agent;

import io.agentbar.core.agent.AgentState.PartiallyPaused;
import io.agentbar.core.agent.AgentState.Paused;
import io.agentbar.core.agent.AgentState.Ready;
import io.agentbar.core.agent.AgentTransitions.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.agentbar.core.agent.Channel.CHAT;
import static io.agentbar.core.agent.Channel.MAIL;
import static io.agentbar.core.agent.Channel.SMS;
import static io.agentbar.core.agent.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agent-state machine as a table: (state, request, settings) -> outcome, refusals included. */
class AgentTransitionsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-25T09:30:00Z");
    private static final PauseReason LUNCH = PauseReason.of("Lunch");
    private static final PauseReason BREAK = PauseReason.of("Break");
    private static final AgentSettings VOICE_ONLY = AgentSettings.defaults();
    private static final AgentSettings PARTIAL = AgentSettings.defaults()
            .withPartialPause(true, EnumSet.of(VOICE, CHAT, MAIL));
    private static final AgentSettings NO_PARTIAL = AgentSettings.defaults()
            .withPartialPause(false, EnumSet.of(VOICE, CHAT, MAIL));

    private static AgentRequest pause(PauseReason r) {
        return new AgentRequest.Pause(r, T1);
    }

    private static AgentRequest pauseOn(PauseReason r, Channel first, Channel... more) {
        return new AgentRequest.Pause(r, T1, EnumSet.of(first, more));
    }

    private static AgentRequest ready(Channel... channels) {
        return new AgentRequest.Ready(channels.length == 0 ? Set.of() : EnumSet.of(channels[0], channels));
    }

    private static Outcome moved(AgentState s) {
        return new Outcome.Moved(s);
    }

    private static Outcome stayed() {
        return new Outcome.Stayed();
    }

    static Stream<Arguments> table() {
        Paused lunch = new Paused(LUNCH, T0);
        PartiallyPaused lunchChat = new PartiallyPaused(LUNCH, T0, Set.of(CHAT));
        return Stream.of(
                // from Ready
                Arguments.of("ready pauses", new Ready(), pause(LUNCH), VOICE_ONLY, moved(new Paused(LUNCH, T1))),
                Arguments.of("reason matched without case", new Ready(), pause(PauseReason.of("lunch")), VOICE_ONLY,
                        moved(new Paused(LUNCH, T1))),
                Arguments.of("ready when ready is a no-op", new Ready(), ready(), VOICE_ONLY, stayed()),
                Arguments.of("partial ready when ready is a no-op", new Ready(), ready(CHAT), PARTIAL, stayed()),
                // from Paused
                Arguments.of("same pause again keeps the timer", lunch, pause(LUNCH), VOICE_ONLY, stayed()),
                Arguments.of("another reason restarts the pause", lunch, pause(BREAK), VOICE_ONLY,
                        moved(new Paused(BREAK, T1))),
                Arguments.of("ready everywhere", lunch, ready(), PARTIAL, moved(new Ready())),
                Arguments.of("ready on every enabled channel named", lunch, ready(VOICE, CHAT, MAIL), NO_PARTIAL,
                        moved(new Ready())),
                Arguments.of("partial ready keeps reason and start", lunch, ready(CHAT), PARTIAL, moved(lunchChat)),
                // from PartiallyPaused
                Arguments.of("more channels join", lunchChat, ready(MAIL), PARTIAL,
                        moved(new PartiallyPaused(LUNCH, T0, Set.of(CHAT, MAIL)))),
                Arguments.of("the last channel ends the pause", lunchChat, ready(VOICE, MAIL), PARTIAL,
                        moved(new Ready())),
                Arguments.of("a channel already ready is a no-op", lunchChat, ready(CHAT), PARTIAL, stayed()),
                Arguments.of("pause again pauses every channel, same start", lunchChat, pause(LUNCH), PARTIAL,
                        moved(new Paused(LUNCH, T0))),
                Arguments.of("pause with another reason restarts", lunchChat, pause(BREAK), PARTIAL,
                        moved(new Paused(BREAK, T1))),
                Arguments.of("plain ready from partial", lunchChat, ready(), PARTIAL, moved(new Ready())),
                // pausing some channels only
                Arguments.of("pause chat only from ready", new Ready(), pauseOn(LUNCH, CHAT), PARTIAL,
                        moved(new PartiallyPaused(LUNCH, T1, Set.of(VOICE, MAIL)))),
                Arguments.of("pause one more channel", lunchChat, pauseOn(LUNCH, CHAT), PARTIAL,
                        moved(new Paused(LUNCH, T0))),
                Arguments.of("pause a channel already paused", lunchChat, pauseOn(LUNCH, VOICE), PARTIAL, stayed()),
                Arguments.of("pause every enabled channel by name", new Ready(), pauseOn(LUNCH, VOICE, CHAT, MAIL),
                        NO_PARTIAL, moved(new Paused(LUNCH, T1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void transitions(String name, AgentState from, AgentRequest request, AgentSettings settings, Outcome expected) {
        assertThat(AgentTransitions.next(from, request, settings)).isEqualTo(expected);
    }

    static Stream<Arguments> refusals() {
        Paused lunch = new Paused(LUNCH, T0);
        return Stream.of(
                Arguments.of("unknown reason", new Ready(), pause(PauseReason.of("Nap")), VOICE_ONLY, "not a pause reason"),
                Arguments.of("unknown reason while paused", lunch, pause(PauseReason.of("Nap")), VOICE_ONLY,
                        "not a pause reason"),
                Arguments.of("partial ready with partial pause off", lunch, ready(CHAT), NO_PARTIAL, "Partial pause is off"),
                Arguments.of("channel not enabled", lunch, ready(SMS), PARTIAL, "sms"),
                Arguments.of("channel not enabled even when ready", new Ready(), ready(SMS), PARTIAL, "sms"),
                Arguments.of("pause on a channel not enabled", new Ready(), pauseOn(LUNCH, SMS), PARTIAL, "sms"),
                Arguments.of("pause some channels with partial pause off", new Ready(), pauseOn(LUNCH, CHAT), NO_PARTIAL,
                        "Partial pause is off"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void illegalRequestsAreRefused(String name, AgentState from, AgentRequest request, AgentSettings settings,
                                   String message) {
        Outcome outcome = AgentTransitions.next(from, request, settings);
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) outcome).message()).contains(message);
    }

    @Test
    void aPausedChannelIsKnownPerState() {
        PartiallyPaused p = new PartiallyPaused(LUNCH, T0, Set.of(CHAT));
        assertThat(p.pausedOn(VOICE)).isTrue();
        assertThat(p.pausedOn(CHAT)).isFalse();
        assertThat(new Ready().pausedOn(VOICE)).isFalse();
        assertThat(new Paused(LUNCH, T0).pausedOn(CHAT)).isTrue();
        assertThat(p.paused()).isTrue();
    }

    @Test
    void aPartialPauseReadyNowhereIsNotAState() {
        assertThatThrownBy(() -> new PartiallyPaused(LUNCH, T0, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reasonsAreShortAndPrintable() {
        assertThatThrownBy(() -> PauseReason.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PauseReason.of("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PauseReason.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PauseReason.of("  Lunch ").name()).isEqualTo("Lunch");
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        AgentSettings d = AgentSettings.defaults();
        assertThat(d.pausedResponse()).isEqualTo(480);
        assertThatThrownBy(() -> d.withPausedResponse(200, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withPausedResponse(407, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withPausedResponse(486, Optional.of("X Queue"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withFeatureCodes(Optional.of("*46;x"), Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withPartialPause(true, EnumSet.of(CHAT))).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.reason("back OFFICE")).contains(PauseReason.of("Back office"));
    }

    @Test
    void channelsParseFromTheirTokens() {
        assertThat(Channel.parse("open-channel")).contains(Channel.OPEN_CHANNEL);
        assertThat(Channel.parse("Voice")).contains(VOICE);
        assertThat(Channel.parse("fax")).isEmpty();
        assertThat(Channel.OPEN_CHANNEL.token()).isEqualTo("open-channel");
    }
}
