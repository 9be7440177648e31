package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback UDP socket feeding {@link QueuedDtlsPackets}, the way the media transport will: a
 * receive thread demultiplexes by first byte (RFC 7983) and the peer address is either fixed or
 * learnt from the first datagram (when we are the DTLS server).
 */
final class UdpDtlsEndpoint implements AutoCloseable {
    final DatagramSocket socket;
    final QueuedDtlsPackets packets;
    private final AtomicReference<SocketAddress> peer = new AtomicReference<>();

    UdpDtlsEndpoint() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        packets = new QueuedDtlsPackets((b, off, len) -> {
            SocketAddress to = peer.get();
            if (to != null) {
                socket.send(new DatagramPacket(b, off, len, to));
            }
        }, 1200);
        Thread.ofPlatform().daemon().name("udp-dtls-" + socket.getLocalPort()).start(this::receive);
    }

    void sendTo(SocketAddress address) {
        peer.set(address);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void receive() {
        byte[] buffer = new byte[65535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            while (true) {
                packet.setLength(buffer.length);
                socket.receive(packet);
                if (DtlsPackets.isDtlsRecord(buffer, 0, packet.getLength())) {
                    peer.compareAndSet(null, packet.getSocketAddress());
                    packets.deliver(buffer, 0, packet.getLength());
                }
            }
        } catch (IOException e) {
            // socket closed in teardown
        }
    }

    /** A UDP port that was free a moment ago (bind-probe). */
    static int freeUdpPort() throws SocketException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
