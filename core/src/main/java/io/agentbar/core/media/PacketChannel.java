package io.agentbar.core.media;

import java.io.IOException;
import java.time.Duration;

/** A datagram channel for RTP or RTCP packets; protection (SRTP) happens below this interface. */
public interface PacketChannel {
    /** Sends one packet to the current remote address. */
    void send(byte[] packet, int offset, int length) throws IOException;

    /**
     * Waits for one packet.
     *
     * @return the packet length, or -1 when the timeout passed with nothing received
     * @throws java.nio.channels.ClosedChannelException once the transport is closed
     */
    int receive(byte[] buffer, Duration timeout) throws IOException;
}
