package io.agentbar.audio.testing;

import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.PacketChannel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;

/** Plain RTP/RTCP over two loopback UDP sockets, the way sip-stack's transport will look from the engine. */
public final class UdpTransport implements MediaTransport {
    private final Channel rtp;
    private final Channel rtcp;

    private UdpTransport() throws IOException {
        rtp = new Channel();
        rtcp = new Channel();
    }

    public static UdpTransport open() {
        try {
            return new UdpTransport();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InetSocketAddress localRtp() {
        return rtp.local();
    }

    @Override
    public InetSocketAddress localRtcp() {
        return rtcp.local();
    }

    @Override
    public java.util.concurrent.CompletionStage<Void> connect(io.agentbar.core.media.MediaDescription remote) {
        rtp.remote = remote.rtp();
        rtcp.remote = remote.rtcp();
        return MediaTransport.ready();
    }

    @Override
    public PacketChannel rtp() {
        return rtp;
    }

    @Override
    public PacketChannel rtcp() {
        return rtcp;
    }

    @Override
    public void close() {
        rtp.close();
        rtcp.close();
    }

    private static final class Channel implements PacketChannel {
        private final DatagramChannel channel;
        private final Selector selector;
        private volatile SocketAddress remote;

        Channel() throws IOException {
            channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            channel.configureBlocking(false);
            selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
        }

        InetSocketAddress local() {
            try {
                return (InetSocketAddress) channel.getLocalAddress();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void send(byte[] packet, int offset, int length) throws IOException {
            SocketAddress to = remote;
            if (to != null) {
                channel.send(ByteBuffer.wrap(packet, offset, length), to);
            }
        }

        @Override
        public int receive(byte[] buffer, Duration timeout) throws IOException {
            try {
                if (!channel.isOpen()) {
                    throw new ClosedChannelException();
                }
                ByteBuffer in = ByteBuffer.wrap(buffer);
                if (channel.receive(in) == null) {
                    selector.select(Math.max(1, timeout.toMillis()));
                    selector.selectedKeys().clear();
                    if (!channel.isOpen()) {
                        throw new ClosedChannelException();
                    }
                    if (channel.receive(in) == null) {
                        return -1;
                    }
                }
                return in.position();
            } catch (ClosedSelectorException e) {
                throw new ClosedChannelException();
            }
        }

        void close() {
            try {
                channel.close();
                selector.close();
            } catch (IOException e) {
                // closing twice or during a select is fine
            }
        }
    }
}
