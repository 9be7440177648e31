package io.agentbar.core.media;

/** Counters of one stream, read at any time from any thread. */
public record MediaStatistics(long packetsSent, long packetsReceived, long packetsLost, long packetsLate,
                              double jitterMillis) {
    public static final MediaStatistics EMPTY = new MediaStatistics(0, 0, 0, 0, 0);
}
