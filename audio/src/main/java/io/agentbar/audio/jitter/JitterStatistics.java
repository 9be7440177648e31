package io.agentbar.audio.jitter;

/**
 * Counters of one jitter buffer.
 *
 * @param received          RTP packets accepted from the source (RFC 3550 count)
 * @param lost              packets whose turn came before they did (concealed)
 * @param late              packets that arrived after their turn, or too early to trust, and were dropped
 * @param duplicates        copies of packets already buffered
 * @param discarded         packets dropped to shrink the delay
 * @param underruns         times the buffer ran dry while playing
 * @param jitterMillis      RFC 3550 interarrival jitter
 * @param targetDelayMillis the delay the buffer currently aims for
 */
public record JitterStatistics(long received, long lost, long late, long duplicates, long discarded,
                               long underruns, double jitterMillis, int targetDelayMillis) {
}
