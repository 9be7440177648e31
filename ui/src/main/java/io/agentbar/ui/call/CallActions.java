package io.agentbar.ui.call;

import io.agentbar.core.call.CallState;
import io.agentbar.core.phone.CallSnapshot;

/**
 * Which buttons a call panel shows and enables, decided from the call's snapshot alone (plus
 * whether another connected call exists to conference with). A pure function, tested as a table.
 *
 * <ul>
 *   <li>An ended call shows none: there is nothing left to do with it.</li>
 *   <li>Before it connects (dialling, ringing at the far end) and while hanging up, they are
 *       there but disabled: the call will be able to, or just could.</li>
 *   <li>Hold and resume take turns, as do conference and split/leave; transfer makes way for
 *       leave inside a conference (leaving is a transfer of one member to the other).</li>
 *   <li>A hold re-INVITE under way or a transfer in progress freezes hold, transfer and conference:
 *       a second one would cross the first on the wire.</li>
 * </ul>
 */
public record CallActions(Availability hold, Availability resume, Availability transfer, Availability conference,
                          Availability split, Availability leave, Availability record) {

    /** Nothing shown: an ended call, or no call at all. */
    public static final CallActions NONE = new CallActions(Availability.HIDDEN, Availability.HIDDEN,
            Availability.HIDDEN, Availability.HIDDEN, Availability.HIDDEN, Availability.HIDDEN, Availability.HIDDEN);

    /**
     * @param call          the call the panel shows
     * @param peerConnected whether another call is connected and could join this one in a conference
     */
    public static CallActions of(CallSnapshot call, boolean peerConnected) {
        if (call.state().isEnded()) {
            return NONE;
        }
        boolean connected = call.state() instanceof CallState.Connected;
        boolean transferring = call.transfer().map(t -> !t.done()).orElse(false);
        boolean settled = connected && !call.hold().pending() && !transferring;
        boolean held = call.hold().local();
        boolean together = call.inConference();
        return new CallActions(
                Availability.of(!held, settled),
                Availability.of(held, settled),
                Availability.of(!together, settled),
                Availability.of(!together, settled && peerConnected),
                Availability.of(together, connected && !transferring),
                Availability.of(together, connected && !transferring),
                Availability.of(true, connected));
    }
}
