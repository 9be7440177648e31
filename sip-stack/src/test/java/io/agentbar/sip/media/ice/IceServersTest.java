package io.agentbar.sip.media.ice;

import io.agentbar.core.account.Secret;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IceServersTest {
    private static final TurnServer TURN =
            new TurnServer(new InetSocketAddress("127.0.0.1", 3478), "alice", Secret.of("hunter2-secret"));

    @Test
    void turnServerToStringLeavesThePasswordOut() {
        assertThat(TURN.toString()).doesNotContain("hunter2").contains("alice").contains("password=***");
        assertThat(IceServers.relayOnly(TURN).toString()).doesNotContain("hunter2");
    }

    @Test
    void relayOnlyWithoutTurnIsRefused() {
        assertThatThrownBy(() -> new IceServers(Optional.empty(), Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TURN");
    }

    @Test
    void unresolvedServersAreRefusedSoGatheringNeverDoesDns() {
        assertThatThrownBy(() -> IceServers.stunOnly(InetSocketAddress.createUnresolved("stun.example", 3478)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnServer(InetSocketAddress.createUnresolved("turn.example", 3478), "a",
                Secret.of("b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
