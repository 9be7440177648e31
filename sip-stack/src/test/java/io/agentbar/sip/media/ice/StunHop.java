package io.agentbar.sip.media.ice;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * A one-socket forwarder standing in for a NAT between a client and a STUN server. On one host
 * a STUN server reports the host address itself, and ice4j then drops the server-reflexive
 * candidate as redundant (RFC 8445 §5.1.3); through the hop the server sees the hop's address,
 * which is what a NAT's public mapping looks like.
 */
final class StunHop implements AutoCloseable {
    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final Thread thread;
    private volatile SocketAddress client;

    StunHop(InetSocketAddress server) throws IOException {
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = Thread.ofVirtual().name("stun-hop").start(this::forward);
    }

    /** Where the client sends its STUN requests, and the srflx address it will learn. */
    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void forward() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                SocketAddress to = server.equals(p.getSocketAddress()) ? client : server;
                if (to == server) {
                    client = p.getSocketAddress();
                }
                if (to != null) {
                    socket.send(new DatagramPacket(buf, p.getLength(), to));
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(2_000);
    }
}
