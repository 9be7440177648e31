package io.agentbar.sip.media.ice;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.harvest.StunCandidateHarvester;
import org.ice4j.ice.harvest.TurnCandidateHarvester;
import org.ice4j.security.LongTermCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ICE agent of one call (RFC 8445): full candidates gathered up front for the offer or answer
 * (no trickle: PBXs expect complete SDP), one component because media is rtcp-mux, and consent
 * freshness (RFC 7675) on once connected. See the package description for the life cycle.
 */
public final class IceSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IceSession.class);

    private final Agent agent;
    private final IceMediaStream stream;
    private final Component component;
    private final boolean relayOnly;
    private final List<IceCandidate> localCandidates;
    private final InetSocketAddress defaultAddress;
    private final AtomicBoolean connectStarted = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile IceConnection connection;

    private IceSession(Agent agent, IceMediaStream stream, Component component, boolean relayOnly,
                       List<IceCandidate> localCandidates, InetSocketAddress defaultAddress) {
        this.agent = agent;
        this.stream = stream;
        this.component = component;
        this.relayOnly = relayOnly;
        this.localCandidates = localCandidates;
        this.defaultAddress = defaultAddress;
    }

    /**
     * Binds and gathers all candidates; blocks for as long as the STUN/TURN servers take (ice4j
     * gives up on a server after 15 s), so call it off the UI thread.
     *
     * @param bindAddress a concrete address gives host candidates on that address only (127.0.0.1
     *                    included); the wildcard address lets ice4j use every non-loopback interface
     * @throws IceException if no socket could be bound, or relay-only got no TURN allocation
     */
    public static IceSession gather(InetAddress bindAddress, IceServers servers, boolean controlling)
            throws IceException {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(servers, "servers");
        Ice4jConfiguration.apply();
        Agent agent = servers.relayOnly() ? new RelayOnlyAgent() : new Agent();
        try {
            agent.setControlling(controlling);
            agent.setTrickling(false);
            agent.setPerformConsentFreshness(true);
            if (!bindAddress.isAnyLocalAddress()) {
                // Turns off ice4j's all-interfaces host harvester in favour of ours.
                agent.setUseDynamicPorts(false);
                agent.addCandidateHarvester(new BoundAddressHarvester(bindAddress));
            }
            if (!servers.relayOnly()) {
                servers.stun().ifPresent(stun -> agent.addCandidateHarvester(
                        new StunCandidateHarvester(new TransportAddress(stun, Transport.UDP))));
            }
            servers.turn().ifPresent(turn -> agent.addCandidateHarvester(turnHarvester(turn)));
            IceMediaStream stream = agent.createMediaStream("audio");
            Component component = agent.createComponent(stream, 0, 0, 0, KeepAliveStrategy.SELECTED_ONLY, true);
            List<IceCandidate> candidates = component.getLocalCandidates().stream()
                    .filter(c -> !servers.relayOnly() || RelayOnlyAgent.isRelayed(c))
                    .map(c -> CandidateMapping.local(c, servers.relayOnly()))
                    .flatMap(Optional::stream)
                    .toList();
            if (servers.relayOnly() && candidates.isEmpty()) {
                throw new IceException("relay-only ICE: the TURN server "
                        + servers.turn().map(TurnServer::address).orElseThrow() + " gave no relay allocation");
            }
            if (candidates.isEmpty()) {
                throw new IceException("ICE gathered no candidate on " + bindAddress.getHostAddress());
            }
            LOG.debug("gathered {}", candidates.stream().map(c -> c.type().sdpName()).toList());
            return new IceSession(agent, stream, component, servers.relayOnly(), candidates,
                    defaultAddress(candidates, servers.relayOnly()));
        } catch (IceException e) {
            agent.free();
            throw e;
        } catch (IOException | RuntimeException e) {
            agent.free();
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new IceException("ICE gathering failed on " + bindAddress.getHostAddress() + ": "
                    + cause.getMessage(), cause);
        }
    }

    private static TurnCandidateHarvester turnHarvester(TurnServer turn) {
        char[] password = turn.password().reveal();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] passwordBytes = new byte[encoded.remaining()];
        encoded.get(passwordBytes);
        // LongTermCredential keeps its own copy (ice4j re-authenticates every refresh), so ours
        // can be wiped now.
        LongTermCredential credential = new LongTermCredential(turn.user().getBytes(StandardCharsets.UTF_8), passwordBytes);
        Arrays.fill(password, '\0');
        Arrays.fill(passwordBytes, (byte) 0);
        Arrays.fill(encoded.array(), (byte) 0);
        return new TurnCandidateHarvester(new TransportAddress(turn.address(), Transport.UDP), credential);
    }

    private static InetSocketAddress defaultAddress(List<IceCandidate> candidates, boolean relayOnly) {
        // m=/c= carry one address for peers without ICE: the relay when that is all we offer, else
        // the best host candidate, IPv4 first because some PBXs mishandle an IPv6 c= line.
        IceCandidate.Type wanted = relayOnly ? IceCandidate.Type.RELAYED : IceCandidate.Type.HOST;
        return candidates.stream()
                .filter(c -> c.type() == wanted)
                .min(Comparator.comparing((IceCandidate c) -> !(c.address().getAddress() instanceof Inet4Address))
                        .thenComparing(IceCandidate::priority, Comparator.reverseOrder()))
                .orElse(candidates.getFirst())
                .address();
    }

    /** For {@code a=ice-ufrag}. */
    public String localUfrag() {
        return agent.getLocalUfrag();
    }

    /** For {@code a=ice-pwd}: a secret that authenticates our STUN checks; never log it. */
    public String localPassword() {
        return agent.getLocalPassword();
    }

    /** The {@code a=candidate} values: relayed ones only when relay-only. */
    public List<IceCandidate> localCandidates() {
        return localCandidates;
    }

    /** For the {@code m=} port and {@code c=} address. */
    public InetSocketAddress defaultAddress() {
        return defaultAddress;
    }

    /**
     * Starts connectivity checks against the peer's SDP values. Call once.
     *
     * @return completes with the selected pair, or fails with an {@link IceException} when ICE
     *         fails, {@code timeout} passes first or the input is unusable. Completion happens on an
     *         ice4j thread.
     */
    public CompletableFuture<IceConnection> connect(String remoteUfrag, String remotePassword,
                                                    List<IceCandidate> remote, Duration timeout) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(timeout, "timeout");
        if (!connectStarted.compareAndSet(false, true)) {
            throw new IllegalStateException("connect() was already called on this ICE session");
        }
        if (closed.get()) {
            return CompletableFuture.failedFuture(new IceException("the ICE session is closed"));
        }
        // RFC 8839 §5.4: ufrag 4-256 and pwd 22-256 ice-chars.
        if (remoteUfrag == null || remoteUfrag.length() < 4 || remotePassword == null || remotePassword.length() < 22) {
            return CompletableFuture.failedFuture(new IceException("the peer's ice-ufrag or ice-pwd is missing or too short"));
        }
        List<IceCandidate> usable = remote.stream()
                .filter(c -> c.component() == Component.RTP && c.isUdp() && c.address().getPort() != 0)
                .toList();
        if (usable.isEmpty()) {
            return CompletableFuture.failedFuture(new IceException("the peer offered no UDP candidate for component 1"));
        }
        CompletableFuture<IceConnection> result = new CompletableFuture<>();
        agent.addStateChangeListener(event -> onStateChange((IceProcessingState) event.getNewValue(), result, usable.size()));
        stream.setRemoteUfrag(remoteUfrag);
        stream.setRemotePassword(remotePassword);
        usable.forEach(c -> component.addRemoteCandidate(CandidateMapping.remote(c, component)));
        try {
            agent.startConnectivityEstablishment();
        } catch (RuntimeException e) {
            result.completeExceptionally(new IceException("ICE checks could not start: " + e.getMessage(), e));
        }
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                result.completeExceptionally(new IceException("ICE did not connect within " + timeout.toMillis() + " ms")));
        return result;
    }

    private void onStateChange(IceProcessingState state, CompletableFuture<IceConnection> result, int remoteCount) {
        if (state == IceProcessingState.COMPLETED) {
            CandidatePair pair = component.getSelectedPair();
            if (pair == null || (relayOnly && !RelayOnlyAgent.isRelayed(pair))) {
                result.completeExceptionally(new IceException("ICE completed without a usable selected pair"));
                return;
            }
            IceConnection made = new IceConnection(component, pair);
            connection = made;
            if (!result.complete(made) || closed.get()) {
                made.close();
            }
            LOG.debug("ICE connected: {}", made);
        } else if (state == IceProcessingState.FAILED) {
            result.completeExceptionally(new IceException("ICE failed: no check succeeded against the peer's "
                    + remoteCount + " candidate(s)"));
        }
    }

    /** Stops checks and consent, and frees every socket and TURN allocation. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        IceConnection made = connection;
        if (made != null) {
            made.close();
        }
        agent.free();
    }

    @Override
    public String toString() {
        return "IceSession[ufrag=" + localUfrag() + ", pwd=***, controlling=" + agent.isControlling()
                + ", relayOnly=" + relayOnly + ", candidates=" + localCandidates.size() + "]";
    }
}
