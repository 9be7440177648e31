package io.agentbar.sip.media.ice;

import io.agentbar.core.account.Secret;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A TURN server (RFC 8656) over UDP with long-term credentials. {@link #toString()} leaves the
 * password out, so the record can be logged.
 */
public record TurnServer(InetSocketAddress address, String user, Secret password) {
    public TurnServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("TURN server address is not resolved: " + address);
        }
    }

    @Override
    public String toString() {
        return "TurnServer[address=" + address + ", user=" + user + ", password=***]";
    }
}
