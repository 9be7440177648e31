package io.agentbar.audio.rtp;

import java.util.Optional;

/**
 * Reads incoming compound RTCP (RFC 3550 §6.4): remembers the last SR's NTP time (for the LSR
 * of our next report) and the report block that talks about our SSRC. Unknown packet types
 * (SDES, APP, feedback) are skipped; a malformed packet ends the walk without an exception.
 * Reusable; confined to one thread.
 */
public final class RtcpReader {
    private boolean senderReport;
    private long senderSsrc;
    private long senderNtp;
    private boolean bye;
    private ReportBlock aboutUs;

    /**
     * Reads one compound packet.
     *
     * @param ourSsrc the SSRC whose report block we want
     * @return whether at least one SR or RR was understood
     */
    public boolean read(byte[] data, int offset, int length, long ourSsrc) {
        senderReport = false;
        bye = false;
        aboutUs = null;
        boolean understood = false;
        int position = offset;
        int end = offset + Math.min(length, data.length - offset);
        while (position + 4 <= end) {
            int b0 = data[position] & 0xFF;
            int type = data[position + 1] & 0xFF;
            int packetLength = (RtpPacket.readShort(data, position + 2) + 1) * 4;
            if ((b0 >> 6) != 2 || position + packetLength > end) {
                break;
            }
            int count = b0 & 0x1F;
            switch (type) {
                case 200 -> understood |= readSenderReport(data, position, packetLength, count, ourSsrc);
                case 201 -> understood |= packetLength >= 8
                        && readBlocks(data, position + 8, position + packetLength, count, ourSsrc);
                case 203 -> bye = true;
                default -> {
                    // SDES, APP, RTPFB, PSFB, XR: nothing we use
                }
            }
            position += packetLength;
        }
        return understood;
    }

    private boolean readSenderReport(byte[] data, int position, int length, int count, long ourSsrc) {
        if (length < 28) {
            return false;
        }
        senderReport = true;
        senderSsrc = RtpPacket.readInt(data, position + 4);
        senderNtp = (RtpPacket.readInt(data, position + 8) << 32) | RtpPacket.readInt(data, position + 12);
        return readBlocks(data, position + 28, position + length, count, ourSsrc);
    }

    private boolean readBlocks(byte[] data, int position, int end, int count, long ourSsrc) {
        for (int i = 0; i < count && position + 24 <= end; i++, position += 24) {
            long ssrc = RtpPacket.readInt(data, position);
            if (ssrc != (ourSsrc & 0xFFFFFFFFL)) {
                continue;
            }
            long word = RtpPacket.readInt(data, position + 4);
            long lost = word & 0xFFFFFF;
            if ((lost & 0x800000) != 0) {
                lost -= 0x1000000;
            }
            aboutUs = new ReportBlock(ssrc, (int) (word >>> 24), lost, RtpPacket.readInt(data, position + 8),
                    RtpPacket.readInt(data, position + 12), RtpPacket.readInt(data, position + 16),
                    RtpPacket.readInt(data, position + 20));
        }
        return true;
    }

    /** Whether the last compound held an SR. */
    public boolean hasSenderReport() {
        return senderReport;
    }

    public long senderSsrc() {
        return senderSsrc;
    }

    /** The NTP time of the last SR read (valid when {@link #hasSenderReport()}). */
    public long senderNtpTime() {
        return senderNtp;
    }

    public boolean hasBye() {
        return bye;
    }

    /** The report block about our stream in the last compound, if any. */
    public Optional<ReportBlock> reportAboutUs() {
        return Optional.ofNullable(aboutUs);
    }
}
