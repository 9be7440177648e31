package io.agentbar.core.media;

/**
 * Two (or more) running call sessions mixed into one conversation by the audio engine: each far
 * end hears the agent and the other far ends, the agent hears all of them, and a recording tap on
 * any member gets the agent on one side and all the far ends mixed on the other.
 *
 * <p>Every session keeps its own codec, jitter buffer and RTP; only the agent's microphone and
 * speaker are shared. {@link #split()} gives every member its own devices back; closing a member
 * session splits the conference too.
 */
public interface Conference extends AutoCloseable {
    /** Ends the mixing: each member talks to the agent alone again. Idempotent. */
    void split();

    /** The same as {@link #split()}. */
    @Override
    default void close() {
        split();
    }
}
