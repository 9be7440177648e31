package io.agentbar.sip.media.srtp;

/**
 * How many received packets a session refused, by reason, and how many of our own packets it
 * refused to protect (a bug upstream, e.g. a repeated sequence number).
 */
public record SrtpDrops(long authentication, long replay, long invalid, long unprotectable) {

    /** All received packets dropped, whatever the reason. */
    public long received() {
        return authentication + replay + invalid;
    }
}
