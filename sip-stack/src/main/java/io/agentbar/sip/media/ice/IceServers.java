package io.agentbar.sip.media.ice;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * The STUN and TURN servers the user configured for the account; ICE contacts no others.
 * Addresses must already be resolved: DNS belongs to the caller's thread, not to gathering.
 *
 * @param relayOnly offer and check relayed candidates only, so the peer never learns our host or
 *                  public address (WebRTC's {@code iceTransportPolicy: "relay"}); needs {@code turn}
 */
public record IceServers(Optional<InetSocketAddress> stun, Optional<TurnServer> turn, boolean relayOnly) {
    public IceServers {
        Objects.requireNonNull(stun, "stun");
        Objects.requireNonNull(turn, "turn");
        if (stun.filter(InetSocketAddress::isUnresolved).isPresent()) {
            throw new IllegalArgumentException("STUN server address is not resolved: " + stun.get());
        }
        if (relayOnly && turn.isEmpty()) {
            throw new IllegalArgumentException("relay-only ICE needs a TURN server");
        }
    }

    /** Host candidates only: for a LAN or a PBX that relays media itself. */
    public static IceServers none() {
        return new IceServers(Optional.empty(), Optional.empty(), false);
    }

    public static IceServers stunOnly(InetSocketAddress stun) {
        return new IceServers(Optional.of(stun), Optional.empty(), false);
    }

    public static IceServers relayOnly(TurnServer turn) {
        return new IceServers(Optional.empty(), Optional.of(turn), true);
    }
}
