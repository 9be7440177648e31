package io.agentbar.sip.media;

import io.agentbar.core.media.PacketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A UDP packet channel with symmetric-RTP latching (RFC 4961): packets go to the address the SDP
 * gave until a run of valid packets arrives from one other source (a NAT in between rewrote it);
 * then that source becomes the destination. Packets from anywhere else are dropped, so a stranger
 * cannot inject audio without first looking like a real, in-sequence stream.
 *
 * <p>One sending thread and one receiving thread; the packets objects below are reused by them so
 * nothing is allocated per packet.
 */
final class LatchingChannel implements PacketChannel {
    private static final Logger LOG = LoggerFactory.getLogger(LatchingChannel.class);

    /** What makes a packet count towards latching. */
    enum Kind {
        /** RFC 3550 §5.1 header, version 2; the run must be in sequence. */
        RTP(4, 12),
        /** RFC 3550 §6.4 header, version 2, packet type 192..223; RTCP is sparse, so 2 suffice. */
        RTCP(2, 8);

        final int packetsToLatch;
        final int minLength;

        Kind(int packetsToLatch, int minLength) {
            this.packetsToLatch = packetsToLatch;
            this.minLength = minLength;
        }

        boolean valid(byte[] b, int length) {
            if (length < minLength || (b[0] & 0xC0) != 0x80) {
                return false;
            }
            int type = b[1] & 0xFF;
            return this == RTP ? (type & 0x7F) < 72 || (type & 0x7F) > 76 : type >= 192 && type <= 223;
        }
    }

    private final DatagramChannel channel;
    private final DatagramSocket socket;
    private final Kind kind;
    private final Consumer<InetSocketAddress> onLatch;
    private final DatagramPacket incoming = new DatagramPacket(new byte[0], 0);
    private final DatagramPacket outgoing = new DatagramPacket(new byte[0], 0);
    private volatile InetSocketAddress remote;
    private volatile boolean latchedOnItsOwn;
    private volatile boolean closed;

    // receiving thread only
    private InetAddress candidateAddress;
    private int candidatePort;
    private int candidateRun;
    private int candidateSequence;

    LatchingChannel(DatagramChannel channel, Kind kind, Consumer<InetSocketAddress> onLatch) {
        this.channel = channel;
        this.socket = channel.socket();
        this.kind = kind;
        this.onLatch = onLatch;
    }

    void connect(InetSocketAddress destination) {
        remote = destination;
    }

    /** RTCP follows a latched RTP source to its port + 1 unless RTCP latched by itself. */
    void follow(InetSocketAddress destination) {
        if (!latchedOnItsOwn) {
            remote = destination;
        }
    }

    InetSocketAddress remote() {
        return remote;
    }

    @Override
    public void send(byte[] packet, int offset, int length) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        InetSocketAddress to = remote;
        if (to == null) {
            return; // not connected yet: there is nowhere to send, and early audio is not worth an error
        }
        synchronized (outgoing) {
            outgoing.setData(packet, offset, length);
            outgoing.setSocketAddress(to);
            try {
                socket.send(outgoing);
            } catch (IOException e) {
                throw closed ? new ClosedChannelException() : e;
            }
        }
    }

    @Override
    public int receive(byte[] buffer, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + Math.max(timeout.toNanos(), 0);
        while (true) {
            if (closed) {
                throw new ClosedChannelException();
            }
            long leftMillis = Math.max(1, (deadline - System.nanoTime() + 999_999) / 1_000_000);
            incoming.setData(buffer, 0, buffer.length);
            try {
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
                socket.receive(incoming);
            } catch (SocketTimeoutException e) {
                return -1;
            } catch (IOException e) {
                throw closed ? new ClosedChannelException() : e;
            }
            int length = incoming.getLength();
            if (accept(incoming.getAddress(), incoming.getPort(), buffer, length)) {
                return length;
            }
            if (System.nanoTime() - deadline >= 0) {
                return -1;
            }
        }
    }

    private boolean accept(InetAddress address, int port, byte[] b, int length) {
        InetSocketAddress to = remote;
        if (to == null) {
            return true;
        }
        if (port == to.getPort() && address.equals(to.getAddress())) {
            candidateRun = 0;
            return true;
        }
        if (!kind.valid(b, length)) {
            return false;
        }
        int sequence = kind == Kind.RTP ? ((b[2] & 0xFF) << 8) | (b[3] & 0xFF) : 0;
        boolean continues = port == candidatePort && address.equals(candidateAddress)
                && (kind != Kind.RTP || sequence == ((candidateSequence + 1) & 0xFFFF));
        candidateRun = continues ? candidateRun + 1 : 1;
        candidateAddress = address;
        candidatePort = port;
        candidateSequence = sequence;
        if (candidateRun < kind.packetsToLatch) {
            return false;
        }
        InetSocketAddress source = new InetSocketAddress(address, port);
        LOG.debug("{} latched from {} to {}", kind, to, source);
        remote = source;
        latchedOnItsOwn = true;
        candidateRun = 0;
        onLatch.accept(source);
        return true;
    }

    void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing {} socket", kind, e);
        }
    }
}
