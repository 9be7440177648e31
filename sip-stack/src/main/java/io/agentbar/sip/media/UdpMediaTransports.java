package io.agentbar.sip.media;

import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.MediaTransports;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Opens RTP/RTCP socket pairs in a port range. The search starts at a random pair so two phones
 * on one host, or two calls in a row, rarely collide, and walks the range once.
 */
public final class UdpMediaTransports implements MediaTransports {
    private final PortRange range;

    public UdpMediaTransports(PortRange range) {
        this.range = Objects.requireNonNull(range, "range");
    }

    public UdpMediaTransports() {
        this(PortRange.DEFAULT);
    }

    @Override
    public MediaTransport open(InetAddress bindAddress) throws IOException {
        int pairs = range.pairs();
        int start = ThreadLocalRandom.current().nextInt(pairs);
        IOException last = null;
        for (int i = 0; i < pairs; i++) {
            int rtpPort = range.rtpPort((start + i) % pairs);
            DatagramChannel rtp = null;
            try {
                rtp = bind(bindAddress, rtpPort);
                DatagramChannel rtcp = bind(bindAddress, rtpPort + 1);
                return new UdpMediaTransport(rtp, rtcp);
            } catch (BindException e) {
                last = e;
                closeQuietly(rtp);
            } catch (IOException e) {
                closeQuietly(rtp);
                throw e;
            }
        }
        throw new IOException("no free RTP/RTCP port pair in " + range.first() + "-" + range.last()
                + " on " + bindAddress.getHostAddress(), last);
    }

    private static DatagramChannel bind(InetAddress address, int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open(address instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            channel.bind(new InetSocketAddress(address, port));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing an unused socket cannot lose anything
            }
        }
    }
}
