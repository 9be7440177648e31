package io.agentbar.core.call;

import io.agentbar.core.call.CallEvent.Failed;
import io.agentbar.core.call.CallEvent.HangUpCompleted;
import io.agentbar.core.call.CallEvent.HangUpRequested;
import io.agentbar.core.call.CallEvent.LocalAnswered;
import io.agentbar.core.call.CallEvent.LocalForwarded;
import io.agentbar.core.call.CallEvent.LocalRejected;
import io.agentbar.core.call.CallEvent.MediaFailed;
import io.agentbar.core.call.CallEvent.Progressed;
import io.agentbar.core.call.CallEvent.RemoteAnswered;
import io.agentbar.core.call.CallEvent.RemoteCancelled;
import io.agentbar.core.call.CallEvent.RemoteHungUp;
import io.agentbar.core.call.CallState.Alerting;
import io.agentbar.core.call.CallState.Connected;
import io.agentbar.core.call.CallState.Dialing;
import io.agentbar.core.call.CallState.Ended;
import io.agentbar.core.call.CallState.Ending;
import io.agentbar.core.call.CallState.Ringing;

import java.util.Optional;

/** The pure transition function of the call machine (diagram in package-info). */
public final class CallTransitions {
    private CallTransitions() {
    }

    /** @return the next state, or empty when the event does not apply in this state (it is then ignored). */
    public static Optional<CallState> next(CallState state, CallEvent event) {
        CallState next = switch (state) {
            case Dialing d -> fromOutgoing(event, false);
            case Alerting a -> fromOutgoing(event, a.earlyMedia());
            case Ringing r -> switch (event) {
                case LocalAnswered e -> new Connected(e.at());
                case LocalRejected e -> new Ended(EndReason.REJECTED, e.status());
                case LocalForwarded e -> new Ended(EndReason.FORWARDED, 302);
                case RemoteCancelled e -> new Ended(EndReason.MISSED, 487);
                case HangUpRequested e -> new Ended(EndReason.REJECTED, 603);
                case Failed e -> new Ended(EndReason.forStatus(e.status()), e.status());
                default -> null;
            };
            case Connected c -> switch (event) {
                case HangUpRequested e -> new Ending();
                case RemoteHungUp e -> new Ended(EndReason.REMOTE_HANGUP, 0);
                case MediaFailed e -> new Ending(EndReason.MEDIA_FAILED);
                case Failed e -> new Ended(EndReason.forStatus(e.status()), e.status());
                default -> null;
            };
            case Ending e -> switch (event) {
                case HangUpCompleted h -> new Ended(h.status() == 487 ? EndReason.CANCELLED : e.reason(), h.status());
                case RemoteHungUp h -> new Ended(e.reason(), 0);
                case Failed f -> new Ended(f.status() == 487 ? EndReason.CANCELLED : e.reason(), f.status());
                default -> null;
            };
            case Ended e -> null;
        };
        return Optional.ofNullable(next);
    }

    private static CallState fromOutgoing(CallEvent event, boolean early) {
        return switch (event) {
            case Progressed p -> new Alerting(early || p.status() == 183);
            case RemoteAnswered a -> new Connected(a.at());
            case HangUpRequested h -> new Ending();
            case Failed f -> new Ended(EndReason.forStatus(f.status()), f.status());
            case MediaFailed m -> new Ending(EndReason.MEDIA_FAILED);
            default -> null;
        };
    }
}
