package io.agentbar.ui.call;

import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.text.Messages;

import java.time.Duration;
import java.util.Optional;

/** The words and numbers a call panel shows for a call's state, time and media. Pure functions. */
public final class CallTexts {
    private CallTexts() {
    }

    public static String state(CallState state) {
        return switch (state) {
            case CallState.Dialing d -> Messages.get("call.state.dialing");
            case CallState.Alerting a -> Messages.get(a.earlyMedia() ? "call.state.earlyMedia" : "call.state.alerting");
            case CallState.Ringing r -> Messages.get("call.state.ringing");
            case CallState.Connected c -> Messages.get("call.state.connected");
            case CallState.Ending e -> Messages.get("call.state.ending");
            case CallState.Ended e -> ended(e);
        };
    }

    /**
     * The state line of a panel: the call state, or for a connected call how hold and a conference
     * stand, and for a call ended by our transfer where it went.
     *
     * @param partner the label of the call this one is conferenced with; empty when unknown
     */
    public static String state(CallSnapshot call, String partner) {
        CallSnapshot.Hold hold = call.hold();
        if (call.state() instanceof CallState.Connected) {
            if (hold.pending()) {
                return Messages.get(hold.local() ? "call.hold.holding" : "call.hold.resuming");
            }
            if (hold.local()) {
                return Messages.get(hold.remote() ? "call.hold.both" : "call.hold.local");
            }
            if (hold.remote()) {
                return Messages.get("call.hold.remote");
            }
            if (call.inConference()) {
                return partner.isEmpty() ? Messages.get("call.conference") : Messages.get("call.conference.with", partner);
            }
        }
        if (call.state().isEnded() && call.transfer().map(CallSnapshot.TransferStatus::succeeded).orElse(false)) {
            return Messages.get("call.transfer.done", target(call.transfer().get()));
        }
        return state(call.state());
    }

    /** How a transfer of ours goes, for the line under the state; empty when there is none or it succeeded. */
    public static String transfer(Optional<CallSnapshot.TransferStatus> status) {
        if (status.isEmpty() || status.get().succeeded()) {
            return "";
        }
        CallSnapshot.TransferStatus t = status.get();
        String target = target(t);
        String code = t.status() > 0 ? (t.reason().isBlank() ? String.valueOf(t.status())
                : t.status() + " " + t.reason().strip()) : "";
        if (t.done()) {
            return code.isEmpty() ? Messages.get("call.transfer.refused", target)
                    : Messages.get("call.transfer.failed", target, code);
        }
        return code.isEmpty() ? Messages.get("call.transfer.started", target)
                : Messages.get("call.transfer.progress", target, code);
    }

    /** A transfer target as the agent typed it: the user part of a SIP URI. */
    private static String target(CallSnapshot.TransferStatus t) {
        return new Party(t.target(), "").user();
    }

    private static String ended(CallState.Ended e) {
        String text = Messages.get("call.ended." + e.reason().name());
        // the status tells support what happened when the reason is only "failed"
        return switch (e.reason()) {
            case FAILED, UNREACHABLE -> e.status() > 0
                    ? Messages.get("call.ended.withStatus", text, String.valueOf(e.status())) : text;
            default -> text;
        };
    }

    /** A call's duration as {@code mm:ss}, or {@code h:mm:ss} from the first hour on. */
    public static String timer(Duration elapsed) {
        long s = Math.max(0, elapsed.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, sec) : "%02d:%02d".formatted(m, sec);
    }

    public static MediaIndication indication(MediaState media) {
        return switch (media) {
            case MediaState.Idle i -> MediaIndication.NONE;
            case MediaState.Stopped s -> MediaIndication.NONE;
            case MediaState.Waiting w -> MediaIndication.CONNECTING;
            case MediaState.Flowing f -> MediaIndication.FLOWING;
            case MediaState.Silent s -> MediaIndication.SILENT;
        };
    }

    /** "connecting audio…", the codec while audio flows, "no audio" when it stopped, else empty. */
    public static String media(MediaState media, Optional<Codec> codec) {
        return switch (indication(media)) {
            case NONE -> "";
            case CONNECTING -> Messages.get("call.media.waiting");
            case FLOWING -> codec.map(c -> Messages.get("call.codec." + c.name())).orElse("");
            case SILENT -> Messages.get("call.media.silent");
        };
    }
}
