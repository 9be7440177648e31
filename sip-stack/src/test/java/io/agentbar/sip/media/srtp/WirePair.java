package io.agentbar.sip.media.srtp;

import io.agentbar.core.media.PacketChannel;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Two in-memory packet channels joined back to back, standing in for a UDP path. The queues are
 * the wire: tests read what really travelled and inject forged or replayed packets.
 */
final class WirePair {
    final BlockingQueue<byte[]> toBob = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> toAlice = new LinkedBlockingQueue<>();
    final PacketChannel alice = new End(toBob, toAlice);
    final PacketChannel bob = new End(toAlice, toBob);

    private record End(BlockingQueue<byte[]> out, BlockingQueue<byte[]> in) implements PacketChannel {
        @Override
        public void send(byte[] packet, int offset, int length) {
            out.add(Arrays.copyOfRange(packet, offset, offset + length));
        }

        @Override
        public int receive(byte[] buffer, Duration timeout) {
            try {
                byte[] packet = in.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
                if (packet == null) {
                    return -1;
                }
                System.arraycopy(packet, 0, buffer, 0, packet.length);
                return packet.length;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
