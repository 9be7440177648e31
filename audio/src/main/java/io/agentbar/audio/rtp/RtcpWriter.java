package io.agentbar.audio.rtp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds compound RTCP packets for one outgoing stream (RFC 3550 §6.1): an SR when we have sent
 * RTP since the last report, else an RR, always followed by SDES with our CNAME; BYE on close.
 */
public final class RtcpWriter {
    private static final int SR = 200;
    private static final int RR = 201;
    private static final int SDES = 202;
    private static final int BYE = 203;
    private static final int CNAME = 1;

    private final long ssrc;
    private final byte[] cname;

    public RtcpWriter(long ssrc, String cname) {
        this.ssrc = ssrc & 0xFFFFFFFFL;
        byte[] bytes = cname.getBytes(StandardCharsets.UTF_8);
        this.cname = bytes.length > 255 ? java.util.Arrays.copyOf(bytes, 255) : bytes;
    }

    /**
     * Writes SR + SDES at {@code out[0]}.
     *
     * @return the compound length
     */
    public int writeSenderReport(byte[] out, long ntpTime, long rtpTimestamp, long packetCount, long octetCount,
                                 List<ReportBlock> blocks) {
        int length = 28 + 24 * blocks.size();
        header(out, 0, blocks.size(), SR, length);
        RtpPacket.writeInt(out, 4, ssrc);
        RtpPacket.writeInt(out, 8, ntpTime >>> 32);
        RtpPacket.writeInt(out, 12, ntpTime);
        RtpPacket.writeInt(out, 16, rtpTimestamp);
        RtpPacket.writeInt(out, 20, packetCount);
        RtpPacket.writeInt(out, 24, octetCount);
        writeBlocks(out, 28, blocks);
        return length + writeSdes(out, length);
    }

    /** Writes RR + SDES at {@code out[0]}. */
    public int writeReceiverReport(byte[] out, List<ReportBlock> blocks) {
        int length = 8 + 24 * blocks.size();
        header(out, 0, blocks.size(), RR, length);
        RtpPacket.writeInt(out, 4, ssrc);
        writeBlocks(out, 8, blocks);
        return length + writeSdes(out, length);
    }

    /** Appends a BYE for our SSRC at {@code offset}; returns its length. */
    public int writeBye(byte[] out, int offset) {
        header(out, offset, 1, BYE, 8);
        RtpPacket.writeInt(out, offset + 4, ssrc);
        return 8;
    }

    private void writeBlocks(byte[] out, int offset, List<ReportBlock> blocks) {
        for (ReportBlock b : blocks) {
            RtpPacket.writeInt(out, offset, b.ssrc());
            long lost = Math.max(-0x800000L, Math.min(0x7FFFFFL, b.cumulativeLost())) & 0xFFFFFF;
            RtpPacket.writeInt(out, offset + 4, ((long) (b.fractionLost() & 0xFF) << 24) | lost);
            RtpPacket.writeInt(out, offset + 8, b.extendedHighestSequence());
            RtpPacket.writeInt(out, offset + 12, b.jitter());
            RtpPacket.writeInt(out, offset + 16, b.lastSenderReport());
            RtpPacket.writeInt(out, offset + 20, b.delaySinceLastSenderReport());
            offset += 24;
        }
    }

    private int writeSdes(byte[] out, int offset) {
        // chunk: SSRC, CNAME item, at least one zero octet ending the list, padded to 32 bits
        int items = 2 + cname.length + 1;
        int chunk = 4 + ((items + 3) & ~3);
        int length = 4 + chunk;
        header(out, offset, 1, SDES, length);
        RtpPacket.writeInt(out, offset + 4, ssrc);
        out[offset + 8] = CNAME;
        out[offset + 9] = (byte) cname.length;
        System.arraycopy(cname, 0, out, offset + 10, cname.length);
        for (int i = offset + 10 + cname.length; i < offset + length; i++) {
            out[i] = 0;
        }
        return length;
    }

    private static void header(byte[] out, int offset, int count, int type, int length) {
        out[offset] = (byte) (0x80 | (count & 0x1F));
        out[offset + 1] = (byte) type;
        RtpPacket.writeShort(out, offset + 2, length / 4 - 1);
    }
}
