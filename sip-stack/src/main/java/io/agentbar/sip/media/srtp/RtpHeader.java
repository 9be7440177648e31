package io.agentbar.sip.media.srtp;

/**
 * Just enough RTP/RTCP header parsing (RFC 3550 §5.1, §6.4) to reject malformed packets before
 * jitsi-srtp reads lengths from them, and to find the SSRC that selects the crypto context.
 */
final class RtpHeader {
    private static final int VERSION_MASK = 0xC0;
    private static final int VERSION_2 = 0x80;

    private RtpHeader() {
    }

    /** The header length including CSRCs and extension, or -1 if the packet cannot hold it. */
    static int length(byte[] p, int length) {
        if (length < 12 || length > p.length || (p[0] & VERSION_MASK) != VERSION_2) {
            return -1;
        }
        int header = 12 + 4 * (p[0] & 0x0F);
        if ((p[0] & 0x10) != 0) {
            if (header + 4 > length) {
                return -1;
            }
            header += 4 + 4 * (((p[header + 2] & 0xFF) << 8) | (p[header + 3] & 0xFF));
        }
        return header <= length ? header : -1;
    }

    static int ssrc(byte[] p) {
        return readInt(p, 8);
    }

    /** Version 2 with a packet type in the RTCP range 192..223 (RFC 5761 §4). */
    static boolean isRtcp(byte[] p, int length) {
        if (length < 8 || length > p.length || (p[0] & VERSION_MASK) != VERSION_2) {
            return false;
        }
        int type = p[1] & 0xFF;
        return type >= 192 && type <= 223;
    }

    static int rtcpSenderSsrc(byte[] p) {
        return readInt(p, 4);
    }

    private static int readInt(byte[] p, int at) {
        return ((p[at] & 0xFF) << 24) | ((p[at + 1] & 0xFF) << 16) | ((p[at + 2] & 0xFF) << 8) | (p[at + 3] & 0xFF);
    }
}
