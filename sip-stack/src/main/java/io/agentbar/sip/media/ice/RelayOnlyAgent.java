package io.agentbar.sip.media.ice;

import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.CheckList;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.LocalCandidate;

/**
 * An ice4j Agent that checks and accepts only pairs whose local side is a TURN relay. The host
 * candidates still exist (they carry the TURN traffic) but never form a pair: leaving them out
 * of the SDP alone would not stop ice4j from pairing them with the peer's candidates.
 */
final class RelayOnlyAgent extends Agent {

    @Override
    protected void initCheckLists() {
        super.initCheckLists();
        for (IceMediaStream stream : getStreams()) {
            CheckList checks = stream.getCheckList();
            // Pair foundations join local and remote foundations, and a relayed candidate never
            // shares its foundation with a host or srflx one, so every relayed pair keeps the
            // WAITING/FROZEN state ice4j gave it: removing the others unfreezes nothing wrongly.
            synchronized (checks) {
                checks.removeIf(pair -> !isRelayed(pair.getLocalCandidate()));
            }
        }
    }

    /** A check that reaches a host socket directly is refused (ice4j answers 403). */
    @Override
    protected boolean incomingCheckReceived(TransportAddress remoteAddress, TransportAddress localAddress,
                                            long priority, String remoteUFrag, String localUFrag,
                                            boolean useCandidate) {
        if (!isRelayed(findLocalCandidate(localAddress))) {
            return false;
        }
        return super.incomingCheckReceived(remoteAddress, localAddress, priority, remoteUFrag, localUFrag,
                useCandidate);
    }

    static boolean isRelayed(LocalCandidate candidate) {
        return candidate != null && candidate.getType() == CandidateType.RELAYED_CANDIDATE;
    }

    /** Whether a pair is one this agent may select; checked again when the pair is chosen. */
    static boolean isRelayed(CandidatePair pair) {
        return isRelayed(pair.getLocalCandidate());
    }
}
