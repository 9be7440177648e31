package io.agentbar.sip.media.ice;

import io.agentbar.core.account.Secret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ICE through a real coturn (tech-notes §9) on 127.0.0.1. */
class CoturnIT {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration CONNECT = Duration.ofSeconds(15);
    private static Coturn coturn;

    private final List<IceSession> sessions = new ArrayList<>();

    @BeforeAll
    static void startCoturn() throws Exception {
        coturn = Coturn.start();
    }

    @AfterAll
    static void stopCoturn() throws Exception {
        if (coturn != null) {
            coturn.close();
        }
    }

    @AfterEach
    void closeSessions() {
        sessions.forEach(IceSession::close);
    }

    private IceSession gather(IceServers servers, boolean controlling) throws IceException {
        IceSession s = IceSession.gather(LOOPBACK, servers, controlling);
        sessions.add(s);
        return s;
    }

    private static TurnServer turn(String password) {
        return new TurnServer(coturn.address(), Coturn.USER, Secret.of(password));
    }

    @Test
    void relayOnlySessionsOfferOnlyRelayedCandidatesThatHideTheHost() throws Exception {
        IceSession session = gather(IceServers.relayOnly(turn(Coturn.PASSWORD)), true);

        assertThat(session.localCandidates()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(coturn.isRelayPort(c.address().getPort())).as("port from coturn's relay range").isTrue();
            assertThat(c.related()).contains(new InetSocketAddress("0.0.0.0", 0));
        });
        assertThat(session.defaultAddress()).isEqualTo(session.localCandidates().getFirst().address());
    }

    @Test
    void relayOnlySessionsConnectThroughTheRelayAndExchangeDatagrams() throws Exception {
        IceServers relayOnly = IceServers.relayOnly(turn(Coturn.PASSWORD));
        IceSession offerer = gather(relayOnly, true);
        IceSession answerer = gather(relayOnly, false);

        IceConnection[] pair = IcePair.connect(offerer, answerer, CONNECT);

        assertThat(pair[0].localType()).isEqualTo(IceCandidate.Type.RELAYED);
        assertThat(pair[1].localType()).isEqualTo(IceCandidate.Type.RELAYED);
        assertThat(coturn.isRelayPort(pair[0].remoteAddress().getPort())).isTrue();
        IcePair.assertExchange(pair[0], pair[1]);
        IcePair.assertExchange(pair[0], pair[1]);
    }

    @Test
    void wrongTurnPasswordFailsGatheringForRelayOnly() {
        assertThatThrownBy(() -> gather(IceServers.relayOnly(turn("not-the-secret")), true))
                .isInstanceOf(IceException.class)
                .hasMessageContaining("no relay allocation")
                .hasMessageNotContaining("not-the-secret");
    }

    @Test
    void stunGathersAServerReflexiveCandidateAndSessionsStillConnect() throws Exception {
        try (StunHop nat = new StunHop(coturn.address())) {
            IceSession offerer = gather(IceServers.stunOnly(nat.address()), true);
            IceSession answerer = gather(IceServers.none(), false);

            IceCandidate host = offerer.localCandidates().stream()
                    .filter(c -> c.type() == IceCandidate.Type.HOST).findFirst().orElseThrow();
            assertThat(offerer.localCandidates())
                    .filteredOn(c -> c.type() == IceCandidate.Type.SERVER_REFLEXIVE)
                    .singleElement()
                    .satisfies(srflx -> {
                        assertThat(srflx.address()).isEqualTo(nat.address());
                        assertThat(srflx.related()).contains(host.address());
                    });
            assertThat(offerer.defaultAddress()).isEqualTo(host.address());

            IceConnection[] pair = IcePair.connect(offerer, answerer, CONNECT);
            IcePair.assertExchange(pair[0], pair[1]);
        }
    }
}
