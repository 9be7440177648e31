package io.agentbar.core.media;

/**
 * A listener on both sides of a call's audio, for recording. Once per 20 ms frame the engine
 * hands over what the agent sent and what the agent heard, as 960-sample 48 kHz mono frames:
 * {@code agent} is the microphone after mute (silence while muted), {@code customer} is what is
 * played out, i.e. the decoded or concealed far-end audio (in a conference, all peers mixed).
 *
 * <p>Called on an audio thread, one call at a time: an implementation must return at once,
 * never block, lock, log or do I/O, and should allocate nothing. The arrays are reused by the
 * engine after the call returns, so copy what you keep.
 */
@FunctionalInterface
public interface AudioTap {
    void frame(short[] agent, short[] customer);
}
