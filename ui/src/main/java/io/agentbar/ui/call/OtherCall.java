package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;

/**
 * Another call on the bar, as a panel offers it: "transfer to call 2 (Bob)", "conference with call 2".
 *
 * @param number the other panel's number
 * @param label  its far end's name or number
 */
public record OtherCall(CallId id, int number, String label) {
}
