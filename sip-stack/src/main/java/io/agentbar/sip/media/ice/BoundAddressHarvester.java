package io.agentbar.sip.media.ice;

import org.ice4j.Transport;
import org.ice4j.ice.Component;
import org.ice4j.ice.ComponentSocket;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.AbstractCandidateHarvester;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.IceUdpSocketWrapper;
import org.ice4j.socket.MultiplexingDatagramSocket;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Collection;
import java.util.List;

/**
 * Gathers exactly one UDP host candidate, on the address the user chose. ice4j's own host
 * harvester walks every interface and always skips loopback (both the interface and the
 * address, whatever {@code allowed-addresses} says), so it can neither honour a chosen address
 * nor serve peers bound to 127.0.0.1 in loopback tests. The steps mirror what that harvester
 * does for each address: bind, add the candidate, register its STUN socket, merge it into the
 * component socket.
 */
final class BoundAddressHarvester extends AbstractCandidateHarvester {
    private final InetAddress address;

    BoundAddressHarvester(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            throw new IllegalArgumentException("a wildcard address has no host candidate");
        }
        this.address = address;
    }

    @Override
    public boolean isHostHarvester() {
        return true;
    }

    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        MultiplexingDatagramSocket socket;
        try {
            socket = new MultiplexingDatagramSocket(0, address);
        } catch (SocketException e) {
            // CandidateHarvester.harvest cannot throw checked exceptions; IceSession.gather unwraps it.
            throw new UncheckedIOException("cannot bind a UDP socket on " + address.getHostAddress(), e);
        }
        IceSocketWrapper wrapper = new IceUdpSocketWrapper(socket);
        HostCandidate candidate = new HostCandidate(wrapper, component, Transport.UDP);
        component.addLocalCandidate(candidate);
        candidate.getStunStack().addSocket(candidate.getStunSocket(null));
        ComponentSocket merged = component.getComponentSocket();
        if (merged != null) {
            merged.add(wrapper);
        }
        return List.of(candidate);
    }
}
