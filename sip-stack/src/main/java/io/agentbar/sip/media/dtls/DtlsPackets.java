package io.agentbar.sip.media.dtls;

import java.io.IOException;

/**
 * The datagram path a DTLS handshake runs over: the ICE/UDP socket of the media stream, after the
 * caller has separated DTLS from RTP and STUN by the first byte (RFC 7983, {@link #isDtlsRecord}).
 * {@link QueuedDtlsPackets} is the ready-made implementation for a demultiplexing receive thread.
 */
public interface DtlsPackets {
    /** Sends one datagram to the peer. */
    void send(byte[] buffer, int offset, int length) throws IOException;

    /**
     * Waits up to {@code timeoutMillis} (always &gt; 0) for the next DTLS datagram and copies it
     * (truncated to {@code length}) into the buffer.
     *
     * @return the number of bytes copied, or -1 when nothing arrived in time
     */
    int receive(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException;

    /** The largest UDP payload we may send, in bytes (1200 is safe on any path, as browsers assume). */
    int maxDatagramSize();

    /** RFC 7983 §7: a first byte of 20..63 marks a DTLS record (0..3 STUN, 128..191 RTP/RTCP). */
    static boolean isDtlsRecord(byte[] packet, int offset, int length) {
        if (length < 1) {
            return false;
        }
        int first = packet[offset] & 0xFF;
        return first >= 20 && first <= 63;
    }
}
