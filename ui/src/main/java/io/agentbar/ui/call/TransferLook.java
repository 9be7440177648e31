package io.agentbar.ui.call;

import io.agentbar.core.phone.CallSnapshot;

import java.util.Optional;

/** How a panel colours the line about its transfer. */
public enum TransferLook {
    NONE,
    /** Asked, the target is being reached. */
    PROGRESS,
    /** Refused or failed: the call is back with the agent. */
    FAILED;

    static TransferLook of(Optional<CallSnapshot.TransferStatus> status) {
        if (status.isEmpty() || status.get().succeeded()) {
            return NONE;
        }
        return status.get().done() ? FAILED : PROGRESS;
    }
}
