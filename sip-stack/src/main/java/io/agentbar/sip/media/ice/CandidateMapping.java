package io.agentbar.sip.media.ice;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Candidate;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.RemoteCandidate;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/** Translates between ice4j's candidate classes and our {@link IceCandidate} values. */
final class CandidateMapping {
    // What Chrome puts in raddr/rport under a relay-only policy (and RFC 8839 allows): the
    // attributes stay present, the address behind the relay does not leak.
    private static final InetSocketAddress HIDDEN = new InetSocketAddress(InetAddress.ofLiteral("0.0.0.0"), 0);

    private CandidateMapping() {
    }

    static Optional<IceCandidate.Type> type(CandidateType type) {
        return switch (type) {
            case HOST_CANDIDATE -> Optional.of(IceCandidate.Type.HOST);
            case SERVER_REFLEXIVE_CANDIDATE -> Optional.of(IceCandidate.Type.SERVER_REFLEXIVE);
            case PEER_REFLEXIVE_CANDIDATE -> Optional.of(IceCandidate.Type.PEER_REFLEXIVE);
            case RELAYED_CANDIDATE -> Optional.of(IceCandidate.Type.RELAYED);
            default -> Optional.empty();
        };
    }

    /** Our SDP view of a local candidate; empty for TCP and for types SDP has no name for. */
    static Optional<IceCandidate> local(LocalCandidate c, boolean hideRelated) {
        if (c.getTransport() != Transport.UDP) {
            return Optional.empty();
        }
        return type(c.getType()).map(type -> {
            Optional<InetSocketAddress> related = type == IceCandidate.Type.HOST
                    ? Optional.empty()
                    : hideRelated ? Optional.of(HIDDEN) : Optional.ofNullable(c.getRelatedAddress()).map(CandidateMapping::socket);
            return new IceCandidate(c.getFoundation(), c.getParentComponent().getComponentID(), "UDP",
                    c.getPriority(), socket(c.getTransportAddress()), type, related);
        });
    }

    static RemoteCandidate remote(IceCandidate c, Component component) {
        CandidateType type = switch (c.type()) {
            case HOST -> CandidateType.HOST_CANDIDATE;
            case SERVER_REFLEXIVE -> CandidateType.SERVER_REFLEXIVE_CANDIDATE;
            case PEER_REFLEXIVE -> CandidateType.PEER_REFLEXIVE_CANDIDATE;
            case RELAYED -> CandidateType.RELAYED_CANDIDATE;
        };
        // The related candidate only feeds ice4j's logs, so it is left out.
        return new RemoteCandidate(new TransportAddress(c.address(), Transport.UDP), component, type,
                c.foundation(), c.priority(), null);
    }

    static InetSocketAddress socket(TransportAddress a) {
        return new InetSocketAddress(a.getAddress(), a.getPort());
    }

    /** The type of a pair member; ice4j's LOCAL/STUN types never reach a pair, so HOST is moot. */
    static IceCandidate.Type typeOf(Candidate<?> c) {
        return type(c.getType()).orElse(IceCandidate.Type.HOST);
    }
}
