package io.agentbar.sip.media.srtp;

/**
 * The crypto contexts of one direction and packet kind, keyed by SSRC (RFC 3711 §3.2.3). A call
 * has one or two sources per direction, so a short array beats a map: no boxing per packet.
 * Confined to the one thread that handles that direction.
 *
 * @param <C> the jitsi-srtp context type (SRTP or SRTCP)
 */
final class SsrcContexts<C> {
    /**
     * Bounds the state a peer can make us keep: each SSRC costs a key derivation and a context.
     * Real calls use one or two (a re-INVITE or transfer can change the SSRC).
     */
    static final int MAX_SOURCES = 8;

    private final int[] ssrcs = new int[MAX_SOURCES];
    private final Object[] contexts = new Object[MAX_SOURCES];
    private int size;

    /** The context for this SSRC, or {@code null} when none was learnt (internal hot path). */
    @SuppressWarnings("unchecked")
    C find(int ssrc) {
        for (int i = 0; i < size; i++) {
            if (ssrcs[i] == ssrc) {
                return (C) contexts[i];
            }
        }
        return null;
    }

    boolean full() {
        return size == MAX_SOURCES;
    }

    void add(int ssrc, C context) {
        if (full()) {
            throw new IllegalStateException("already " + MAX_SOURCES + " SSRCs");
        }
        ssrcs[size] = ssrc;
        contexts[size] = context;
        size++;
    }

    int size() {
        return size;
    }
}
