package io.agentbar.core.phone;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.MediaTransports;
import io.agentbar.core.media.OfferAnswer;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Asterisk-style queue pause codes: a pause dials the pause code (reason appended when so
 * configured, {@code *46Lunch} for a {@code _*46.} extension running PauseQueueMember), a return
 * to ready on voice dials the ready code. Each is a short call the phone ends as soon as the PBX
 * answers or refuses it. These calls are never the agent's: they live here, not among the phone's
 * calls, so no panel, history or API listing ever shows them.
 */
final class FeatureCodes {
    private static final Logger LOG = Logger.getLogger(FeatureCodes.class.getName());
    /** RFC 3261 §25.1 user unreserved characters besides alphanumerics; anything else is escaped. */
    private static final String USER_SAFE = "-_.!~*'()&=+$,;?/";

    private final Signalling signalling;
    private final MediaTransports transports;
    private final Supplier<List<Codec>> codecs;
    private final Map<CallId, Dialled> calls = new HashMap<>();

    private record Dialled(String code, MediaTransport transport, Consumer<String> refused) {
    }

    FeatureCodes(Signalling signalling, MediaTransports transports, Supplier<List<Codec>> codecs) {
        this.signalling = signalling;
        this.transports = transports;
        this.codecs = codecs;
    }

    /** Dials what the change of state on voice asks for, if a code is configured for it. */
    void onChange(AgentState before, AgentState after, AgentSettings settings, Consumer<String> refused) {
        boolean wasPaused = before.pausedOn(Channel.VOICE);
        boolean paused = after.pausedOn(Channel.VOICE);
        Optional<PauseReason> reason = reason(after);
        if (paused && (!wasPaused || !reason.equals(reason(before)))) {
            settings.pauseCode().ifPresent(code -> dial(settings.reasonSuffix()
                    ? code + reason.orElseThrow().name() : code, refused));
        } else if (wasPaused && !paused) {
            settings.readyCode().ifPresent(code -> dial(code, refused));
        }
    }

    /** @return whether the event belongs to a feature-code call (handled here) */
    boolean handles(SignallingEvent event) {
        CallId id = switch (event) {
            case SignallingEvent.Progressed p -> p.call();
            case SignallingEvent.Answered a -> a.call();
            case SignallingEvent.CallFailed f -> f.call();
            case SignallingEvent.HungUp h -> h.call();
            case SignallingEvent.RemoteHungUp h -> h.call();
            case SignallingEvent.Confirmed c -> c.call();
            case SignallingEvent.Reoffered r -> r.call();
            default -> null;
        };
        Dialled d = id == null ? null : calls.get(id);
        if (d == null) {
            return false;
        }
        switch (event) {
            // the PBX ran the code when it answered; there is nothing to say to it
            case SignallingEvent.Answered a -> signalling.hangUp(id);
            case SignallingEvent.CallFailed f -> {
                forget(id);
                LOG.info(() -> "feature code " + d.code() + " refused: " + f.status() + " " + f.reason());
                // the PBX did not run it: the queue may still think otherwise, and the agent must know
                d.refused().accept("The PBX refused the feature code " + d.code() + " (" + f.status()
                        + (f.reason().isBlank() ? "" : " " + f.reason()) + ")");
            }
            case SignallingEvent.HungUp h -> forget(id);
            case SignallingEvent.RemoteHungUp h -> forget(id);
            default -> {
            }
        }
        return true;
    }

    void stop() {
        calls.keySet().forEach(signalling::hangUp);
        calls.values().forEach(d -> d.transport().close());
        calls.clear();
    }

    private void dial(String code, Consumer<String> refused) {
        CallId id = CallId.random();
        MediaTransport transport;
        try {
            transport = transports.open(signalling.localAddress());
        } catch (IOException e) {
            refused.accept("The feature code " + code + " was not dialled: no free audio port");
            return;
        }
        calls.put(id, new Dialled(code, transport, refused));
        LOG.info(() -> "dialling feature code " + code);
        signalling.invite(id, escape(code), OfferAnswer.offer(transport.localRtp(), codecs.get(), MediaDirection.SENDRECV)
                .withAddresses(transport.localRtp(), transport.localRtcp())
                .withTransport(transport.localAttributes()));
    }

    private void forget(CallId id) {
        Dialled d = calls.remove(id);
        if (d != null) {
            d.transport().close();
        }
    }

    private static Optional<PauseReason> reason(AgentState s) {
        return switch (s) {
            case AgentState.Ready r -> Optional.empty();
            case AgentState.Paused p -> Optional.of(p.reason());
            case AgentState.PartiallyPaused p -> Optional.of(p.reason());
        };
    }

    /** As URI user characters: {@code *46Back office} becomes {@code *46Back%20office}, {@code #} {@code %23}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || USER_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
