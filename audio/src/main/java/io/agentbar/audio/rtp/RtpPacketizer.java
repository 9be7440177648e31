package io.agentbar.audio.rtp;

import java.util.random.RandomGenerator;

/**
 * Writes RTP headers for one outgoing stream (RFC 3550 §5.1). SSRC, first sequence number and
 * first timestamp are random (§5.1, §8). The timestamp follows the capture clock: it advances
 * once per frame whether or not a packet went out, so the far end can tell silence from loss.
 * Confined to the sending thread.
 */
public final class RtpPacketizer {
    private final long ssrc;
    private final int timestampIncrement;
    private int sequence;
    private long timestamp;
    private boolean talkspurtStart = true;

    /**
     * @param timestampIncrement RTP clock ticks per frame (960 for Opus at 20 ms, 160 for G.711)
     */
    public RtpPacketizer(int timestampIncrement, RandomGenerator random) {
        this(random.nextInt() & 0xFFFFFFFFL, random.nextInt(0x10000), random.nextInt() & 0xFFFFFFFFL, timestampIncrement);
    }

    /** For tests: fixed SSRC, sequence number and timestamp. */
    public RtpPacketizer(long ssrc, int firstSequence, long firstTimestamp, int timestampIncrement) {
        this.ssrc = ssrc & 0xFFFFFFFFL;
        this.sequence = firstSequence & 0xFFFF;
        this.timestamp = firstTimestamp & 0xFFFFFFFFL;
        this.timestampIncrement = timestampIncrement;
    }

    /**
     * Writes a 12-byte header for the current frame at {@code out[0]} and consumes a sequence
     * number. The marker bit is set on the first packet of a talkspurt (RFC 3551 §4.1).
     *
     * @return the header length; the payload goes right after it
     */
    public int writeHeader(byte[] out, int payloadType) {
        int length = writeHeader(out, payloadType, timestamp, talkspurtStart);
        talkspurtStart = false;
        return length;
    }

    /** Writes a header with an explicit timestamp and marker (RFC 4733 events keep their start timestamp). */
    public int writeHeader(byte[] out, int payloadType, long packetTimestamp, boolean marker) {
        out[0] = (byte) 0x80;
        out[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        RtpPacket.writeShort(out, 2, sequence);
        RtpPacket.writeInt(out, 4, packetTimestamp);
        RtpPacket.writeInt(out, 8, ssrc);
        sequence = (sequence + 1) & 0xFFFF;
        return RtpPacket.HEADER_LENGTH;
    }

    /** Moves the clock to the next frame. */
    public void advance() {
        timestamp = (timestamp + timestampIncrement) & 0xFFFFFFFFL;
    }

    /** The next packet starts a talkspurt (after start, silence or a DTMF event). */
    public void markTalkspurt() {
        talkspurtStart = true;
    }

    /** The timestamp of the current frame. */
    public long timestamp() {
        return timestamp;
    }

    public long ssrc() {
        return ssrc;
    }

    public int timestampIncrement() {
        return timestampIncrement;
    }
}
