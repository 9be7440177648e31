package io.agentbar.app.it.peers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void portsAreDistinctAndBindableForUdpAndTcp() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = Ports.freePort();
            assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
            assertThat(port).isBetween(Ports.LOW, Ports.HIGH);
        }
        int port = Ports.freePort();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket tcp = new ServerSocket(port, 1, loopback);
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, port))) {
            assertThat(tcp.getLocalPort()).isEqualTo(udp.getLocalPort());
        }
    }

    @Test
    void rtpRangeStartsEvenAndIsContiguous() {
        Ports.PortRange range = Ports.freeRtpRange(10);

        assertThat(range.first() % 2).isZero();
        assertThat(range.last()).isEqualTo(range.first() + 9);
        assertThat(range.dashed()).isEqualTo(range.first() + "-" + range.last());
        for (int port = range.first(); port <= range.last(); port++) {
            assertThat(Ports.isFree(port)).isTrue();
        }
    }

    @Test
    void aPortInUseIsNotFree() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.isFree(busy.getLocalPort())).isFalse();
        }
    }
}
