package io.agentbar.sip.media;

/**
 * The UDP ports media may use, both ends included. RTP takes an even port and RTCP the odd one
 * above it, so the range must hold at least one such pair.
 */
public record PortRange(int first, int last) {
    /** Outside the usual ephemeral range (32768+ on Linux), like Asterisk's and baresip's defaults. */
    public static final PortRange DEFAULT = new PortRange(16384, 32767);

    public PortRange {
        if (first < 1024 || last > 65535 || first > last) {
            throw new IllegalArgumentException("bad media port range " + first + "-" + last);
        }
        int firstEven = first % 2 == 0 ? first : first + 1;
        if (firstEven + 1 > last) {
            throw new IllegalArgumentException("media port range " + first + "-" + last + " holds no even/odd pair");
        }
    }

    /** How many RTP/RTCP pairs fit. */
    public int pairs() {
        int firstEven = first % 2 == 0 ? first : first + 1;
        return (last - firstEven + 1) / 2;
    }

    /** The RTP (even) port of pair {@code index}, counting from 0. */
    public int rtpPort(int index) {
        int firstEven = first % 2 == 0 ? first : first + 1;
        return firstEven + 2 * index;
    }
}
