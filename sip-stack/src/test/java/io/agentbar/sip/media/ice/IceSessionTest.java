package io.agentbar.sip.media.ice;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two agents in one JVM on 127.0.0.1: the loopback case ice4j's own host harvester cannot serve. */
class IceSessionTest {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final Duration CONNECT = Duration.ofSeconds(10);

    private final List<IceSession> sessions = new ArrayList<>();

    @AfterEach
    void closeSessions() {
        sessions.forEach(IceSession::close);
    }

    IceSession gather(boolean controlling) throws IceException {
        IceSession s = IceSession.gather(LOOPBACK, IceServers.none(), controlling);
        sessions.add(s);
        return s;
    }

    @Test
    void controllingAndControlledAgentsConnectAndExchangeDatagramsBothWays() throws Exception {
        IceSession offerer = gather(true);
        IceSession answerer = gather(false);

        IceConnection[] pair = IcePair.connect(offerer, answerer, CONNECT);

        assertThat(pair[0].remoteAddress()).isEqualTo(pair[1].localAddress());
        assertThat(pair[1].remoteAddress()).isEqualTo(pair[0].localAddress());
        assertThat(pair[0].localType()).isEqualTo(IceCandidate.Type.HOST);
        IcePair.assertExchange(pair[0], pair[1]);
    }

    @Test
    void concreteBindAddressGivesHostCandidatesOnThatAddressOnly() throws Exception {
        IceSession session = gather(true);

        assertThat(session.localCandidates()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.address().getAddress()).isEqualTo(LOOPBACK);
            assertThat(c.type()).isEqualTo(IceCandidate.Type.HOST);
            assertThat(c.component()).isEqualTo(1);
        });
        assertThat(session.defaultAddress()).isEqualTo(session.localCandidates().getFirst().address());
        assertThat(session.localUfrag()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(session.localPassword()).hasSizeGreaterThanOrEqualTo(22);
    }

    @Test
    void wildcardBindAddressUsesTheNonLoopbackInterfacesOnly() throws Exception {
        // ice4j's own harvester: never loopback, and no link-local since Ice4jConfiguration.
        IceSession session = IceSession.gather(InetAddress.ofLiteral("0.0.0.0"), IceServers.none(), true);
        sessions.add(session);

        assertThat(session.localCandidates()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.address().getAddress().isLoopbackAddress()).isFalse();
            assertThat(c.address().getAddress().isLinkLocalAddress()).isFalse();
        });
    }

    @Test
    void closeReleasesTheSocketsAndEndsTheConnection() throws Exception {
        IceSession offerer = gather(true);
        IceSession answerer = gather(false);
        IceConnection[] pair = IcePair.connect(offerer, answerer, CONNECT);
        InetSocketAddress bound = offerer.defaultAddress();

        offerer.close();
        offerer.close(); // idempotent

        try (DatagramSocket reuse = new DatagramSocket(bound)) {
            assertThat(reuse.getLocalSocketAddress()).isEqualTo(bound);
        }
        assertThatThrownBy(() -> pair[0].receive(new byte[16], Duration.ofMillis(10)))
                .isInstanceOf(ClosedChannelException.class);
        assertThatThrownBy(() -> pair[0].send(new byte[16], 0, 16)).isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void receiveReturnsMinusOneWhenNothingArrives() throws Exception {
        IceConnection[] pair = IcePair.connect(gather(true), gather(false), CONNECT);

        assertThat(pair[0].receive(new byte[64], Duration.ofMillis(50))).isEqualTo(-1);
    }

    @Test
    void wrongPeerPasswordFailsIceWithAClearMessage() throws Exception {
        IceSession offerer = gather(true);
        IceSession answerer = gather(false);

        // Every check carries a MESSAGE-INTEGRITY the answerer rejects with 401.
        var result = offerer.connect(answerer.localUfrag(), "x".repeat(22), answerer.localCandidates(), CONNECT);

        assertThatThrownBy(() -> result.get(CONNECT.toSeconds() + 5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IceException.class)
                .hasMessageContaining("ICE failed");
    }

    @Test
    void silentPeerFailsAtTheTimeout() throws Exception {
        IceSession offerer = gather(true);
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            IceCandidate black = new IceCandidate("1", 1, "UDP", 2130706431L,
                    (InetSocketAddress) silent.getLocalSocketAddress(), IceCandidate.Type.HOST, java.util.Optional.empty());

            var result = offerer.connect("abcd", "y".repeat(22), List.of(black), Duration.ofMillis(800));

            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(IceException.class)
                    .hasMessageContaining("within 800 ms");
        }
    }

    @Test
    void unusableRemoteInputFailsWithoutChecks() throws Exception {
        IceSession offerer = gather(true);
        IceCandidate rtcpOnly = IceCandidate.parse("1 2 UDP 2130706431 127.0.0.1 4000 typ host").orElseThrow();

        var noCandidates = offerer.connect("abcd", "y".repeat(22), List.of(rtcpOnly), CONNECT);

        assertThat(noCandidates).isCompletedExceptionally();
        assertThatThrownBy(() -> offerer.connect("abcd", "y".repeat(22), List.of(rtcpOnly), CONNECT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringNeverShowsTheIcePassword() throws Exception {
        IceSession session = gather(true);

        assertThat(session.toString()).doesNotContain(session.localPassword()).contains("pwd=***");
    }

    @Test
    void datagramsSurviveBothDirectionsRepeatedly() throws Exception {
        IceConnection[] pair = IcePair.connect(gather(true), gather(false), CONNECT);
        byte[] buf = new byte[1500];

        for (int i = 0; i < 20; i++) {
            byte[] rtp = ("rtp-like packet " + i).getBytes(StandardCharsets.US_ASCII);
            rtp[0] = (byte) 0x80; // RFC 7983: 128-191 is RTP, so nothing below treats it as STUN
            pair[0].send(rtp, 0, rtp.length);
            int n = pair[1].receive(buf, Duration.ofSeconds(5));
            assertThat(n).isEqualTo(rtp.length);
        }
    }
}
