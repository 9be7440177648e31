package io.agentbar.audio.rtp;

/**
 * One RTCP reception report block (RFC 3550 §6.4.1): what a receiver says about one source.
 *
 * @param ssrc                      the source reported on
 * @param fractionLost              8-bit fixed point, lost/expected × 256 since the previous report
 * @param cumulativeLost            24-bit signed on the wire
 * @param extendedHighestSequence   cycles × 65536 + highest sequence number
 * @param jitter                    interarrival jitter in RTP timestamp units
 * @param lastSenderReport          middle 32 bits of the NTP time of the last SR received (0: none)
 * @param delaySinceLastSenderReport units of 1/65536 s
 */
public record ReportBlock(long ssrc, int fractionLost, long cumulativeLost, long extendedHighestSequence,
                          long jitter, long lastSenderReport, long delaySinceLastSenderReport) {
    /** The fraction lost as a percentage. */
    public int lossPercent() {
        return fractionLost * 100 / 256;
    }
}
