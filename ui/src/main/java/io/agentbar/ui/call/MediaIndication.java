package io.agentbar.ui.call;

/** How the audio of a call is doing, as far as the agent should care. */
public enum MediaIndication {
    /** No media yet or any more: nothing to show. */
    NONE,
    /** Media started, nothing received yet. */
    CONNECTING,
    /** Audio arrives. */
    FLOWING,
    /** Audio stopped arriving: the agent should know before the customer complains. */
    SILENT
}
