package io.agentbar.audio.rtp;

/**
 * Sends one DTMF digit as RFC 4733 telephone-events, one packet per 20 ms frame while the event
 * lasts. Every packet of one event carries the event's start timestamp; the first has the
 * marker bit; the duration grows by one frame per packet; the final packet (E bit set) is sent
 * three times (§2.5.1.4) and a short gap follows before the next digit may start. Audio packets
 * are held back while an event is on the wire, and the next audio packet starts a talkspurt.
 *
 * <p>Durations are counted in the stream's RTP clock so one SSRC keeps one timeline.
 * Confined to the sending thread.
 */
public final class TelephoneEventSender {
    public static final int PAYLOAD_LENGTH = 4;
    /** −10 dBm0, the customary level (RFC 4733 §2.3.4 leaves it to the sender). */
    private static final int VOLUME = 10;

    private enum Phase { IDLE, TONE, END, GAP }

    private final int payloadType;
    private final int toneFrames;
    private final int endPackets;
    private final int gapFrames;
    private Phase phase = Phase.IDLE;
    private int event;
    private long startTimestamp;
    private int count;

    /** 100 ms events, three end packets, 40 ms pause before the next digit. */
    public TelephoneEventSender(int payloadType) {
        this(payloadType, 5, 3, 2);
    }

    public TelephoneEventSender(int payloadType, int toneFrames, int endPackets, int gapFrames) {
        this.payloadType = payloadType;
        this.toneFrames = toneFrames;
        this.endPackets = endPackets;
        this.gapFrames = gapFrames;
    }

    /** The RFC 4733 §3.2 event code of a DTMF digit, or -1 when it is none. */
    public static int eventCode(char digit) {
        return switch (Character.toUpperCase(digit)) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> digit - '0';
            case '*' -> 10;
            case '#' -> 11;
            case 'A', 'B', 'C', 'D' -> 12 + Character.toUpperCase(digit) - 'A';
            default -> -1;
        };
    }

    /** Whether a new digit may start now. */
    public boolean idle() {
        return phase == Phase.IDLE;
    }

    /**
     * Starts a digit at the packetizer's current timestamp.
     *
     * @return false when busy or when the character is not a DTMF digit
     */
    public boolean start(char digit, RtpPacketizer packetizer) {
        int code = eventCode(digit);
        if (phase != Phase.IDLE || code < 0) {
            return false;
        }
        event = code;
        startTimestamp = packetizer.timestamp();
        phase = Phase.TONE;
        count = 0;
        return true;
    }

    /**
     * Called once per frame. Writes the event packet due in this frame, if any.
     *
     * @return the packet length written at {@code out[0]}, or 0 when this frame carries audio
     */
    public int poll(RtpPacketizer packetizer, byte[] out) {
        switch (phase) {
            case IDLE -> {
                return 0;
            }
            case GAP -> {
                if (++count >= gapFrames) {
                    phase = Phase.IDLE;
                }
                return 0;
            }
            case TONE -> {
                count++;
                int length = write(packetizer, out, count == 1, false, count);
                if (count == toneFrames) {
                    phase = Phase.END;
                    count = 0;
                }
                return length;
            }
            case END -> {
                count++;
                int length = write(packetizer, out, false, true, toneFrames);
                if (count == endPackets) {
                    phase = gapFrames > 0 ? Phase.GAP : Phase.IDLE;
                    count = 0;
                    packetizer.markTalkspurt();
                }
                return length;
            }
        }
        return 0;
    }

    private int write(RtpPacketizer packetizer, byte[] out, boolean marker, boolean end, int frames) {
        int h = packetizer.writeHeader(out, payloadType, startTimestamp, marker);
        int duration = Math.min(0xFFFF, frames * packetizer.timestampIncrement());
        out[h] = (byte) event;
        out[h + 1] = (byte) ((end ? 0x80 : 0) | VOLUME);
        RtpPacket.writeShort(out, h + 2, duration);
        return h + PAYLOAD_LENGTH;
    }
}
