package io.agentbar.ui.call;

import io.agentbar.core.call.CallState;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaState;
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
