package io.agentbar.app.api;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallState;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;

import java.util.Locale;

/**
 * How calls and events look on the wire. The switches are exhaustive on purpose: a new state or
 * event added to core does not compile until it has a documented JSON form here.
 */
final class ApiJson {
    /** One server-sent event: its {@code event:} name and its JSON {@code data:}. */
    record Event(String name, String data) {
    }

    static final String SHUTDOWN = "shutdown";

    private ApiJson() {
    }

    static Json call(CallSnapshot c) {
        Json json = Json.object().put("id", c.id().value())
                .put("direction", lower(c.direction().name()))
                .put("remote", Json.object().put("uri", c.remote().uri()).put("number", c.remote().user())
                        .put("name", c.remote().displayName()))
                .put("state", state(c.state()))
                .put("phonebarStatus", c.hold().local() && c.state() instanceof CallState.Connected ? 64
                        : phonebarStatus(c.state()))
                .put("hold", Json.object().put("local", c.hold().local()).put("remote", c.hold().remote())
                        .put("pending", c.hold().pending()))
                .put("media", media(c.media()))
                .put("createdAt", c.createdAt().toString());
        c.connectedAt().ifPresent(t -> json.put("connectedAt", t.toString()));
        c.codec().ifPresent(codec -> json.put("codec", codec.encodingName()));
        c.transfer().ifPresent(t -> json.put("transfer", Json.object().put("target", t.target())
                .put("status", t.status()).put("reason", t.reason()).put("done", t.done())));
        if (!c.conferencedWith().isEmpty()) {
            json.putStrings("conferencedWith", c.conferencedWith().stream().map(id -> id.value()).toList());
        }
        if (!c.recordings().isEmpty()) {
            // the file name only: where the recordings folder lies is the machine's business, not a CRM's
            json.raw("recordings", Json.array(c.recordings().stream().map(r -> Json.object().put("number", r.number())
                    .put("title", r.title()).put("paused", r.paused())
                    .put("file", r.file().getFileName().toString()).toString()).toList()));
        }
        c.serverRecording().ifPresent(r -> json.put("serverRecording", Json.object().put("recording", r.recording())
                .put("paused", r.paused()).put("pending", r.pending())));
        if (c.state() instanceof CallState.Ended ended) {
            json.put("endReason", lower(ended.reason().name())).put("sipStatus", ended.status());
        }
        return json;
    }

    static String state(CallState state) {
        return switch (state) {
            case CallState.Dialing d -> "dialing";
            case CallState.Alerting a -> "alerting";
            case CallState.Ringing r -> "ringing";
            case CallState.Connected c -> "connected";
            case CallState.Ending e -> "ending";
            case CallState.Ended e -> "ended";
        };
    }

    /** The call status code the XCALLY Phonebar API reports, for integrations written against it. */
    static int phonebarStatus(CallState state) {
        return switch (state) {
            case CallState.Dialing d -> 2;
            case CallState.Alerting a -> 4;
            case CallState.Ringing r -> 32;
            case CallState.Connected c -> 8;
            case CallState.Ending e -> 128;
            case CallState.Ended e -> 128;
        };
    }

    static String media(MediaState media) {
        return switch (media) {
            case MediaState.Idle i -> "idle";
            case MediaState.Waiting w -> "waiting";
            case MediaState.Flowing f -> "flowing";
            case MediaState.Silent s -> "silent";
            case MediaState.Stopped s -> "stopped";
        };
    }

    static Json registration(RegistrationState state) {
        return switch (state) {
            case RegistrationState.Unregistered u -> Json.object().put("state", "unregistered");
            case RegistrationState.Registering r -> Json.object().put("state", "registering").put("attempt", r.attempt());
            case RegistrationState.Registered r -> Json.object().put("state", "registered")
                    .put("expiresAt", r.expiresAt().toString());
            case RegistrationState.Failed f -> {
                Json json = Json.object().put("state", "failed").put("sipStatus", f.status()).put("reason", f.reason())
                        .put("attempt", f.attempt());
                f.retryAt().ifPresent(t -> json.put("retryAt", t.toString()));
                yield json;
            }
            case RegistrationState.Unregistering u -> Json.object().put("state", "unregistering");
        };
    }

    static Event event(PhoneEvent event) {
        return switch (event) {
            case PhoneEvent.RegistrationChanged r -> new Event("registration", registration(r.state()).toString());
            case PhoneEvent.CallChanged c -> new Event("call", call(c.call()).toString());
            case PhoneEvent.AudioControlsChanged a -> new Event("audio", Json.object()
                    .put("microphoneMuted", a.microphoneMuted()).put("speakerMuted", a.speakerMuted()).toString());
            case PhoneEvent.CommandRefused r -> new Event("refused", Json.object().put("message", r.message()).toString());
            case PhoneEvent.AudioDeviceFailed d -> new Event("device", Json.object().put("device", d.device())
                    .put("reason", d.reason()).toString());
            case PhoneEvent.ShutDown s -> new Event(SHUTDOWN, "{}");
        };
    }

    static Event event(AgentEvent event) {
        return switch (event) {
            case AgentEvent.StatusChanged s -> new Event("agent", agent(s.status()).toString());
            case AgentEvent.CallRefused r -> new Event("agent-call-refused", Json.object()
                    .put("remote", Json.object().put("uri", r.from().uri()).put("number", r.from().user())
                            .put("name", r.from().displayName()))
                    .put("sipStatus", r.status()).put("state", agentState(r.state())).toString());
        };
    }

    /** The agent's state, its instants (the UI's two timers) and what the pause picker offers. */
    static Json agent(AgentStatus status) {
        AgentSettings settings = status.settings();
        Json json = Json.object().put("state", agentState(status.state()));
        switch (status.state()) {
            case AgentState.Ready r -> {
            }
            case AgentState.Paused p -> json.put("reason", p.reason().name()).put("pausedSince", p.since().toString());
            case AgentState.PartiallyPaused p -> json.put("reason", p.reason().name())
                    .put("pausedSince", p.since().toString());
        }
        json.putStrings("pausedChannels", settings.channels().stream().filter(status.state()::pausedOn)
                .map(Channel::token).toList());
        json.putStrings("readyChannels", settings.channels().stream().filter(c -> !status.state().pausedOn(c))
                .map(Channel::token).toList());
        status.connectedSince().ifPresent(t -> json.put("connectedSince", t.toString()));
        return json.put("presence", lower(status.presence().name()))
                .putStrings("reasons", settings.reasons().stream().map(PauseReason::name).toList())
                .put("partialPause", settings.partialPause())
                .putStrings("channels", settings.channels().stream().map(Channel::token).toList());
    }

    static String agentState(AgentState state) {
        return switch (state) {
            case AgentState.Ready r -> "ready";
            case AgentState.Paused p -> "paused";
            case AgentState.PartiallyPaused p -> "partially-paused";
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
