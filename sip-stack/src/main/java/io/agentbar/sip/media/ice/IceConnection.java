package io.agentbar.sip.media.ice;

import io.agentbar.core.media.PacketChannel;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CandidatePairState;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The selected candidate pair of a connected {@link IceSession}: one UDP path (rtcp-mux, so a
 * single component) for DTLS, SRTP and SRTCP. STUN never shows up here: ice4j answers and
 * consumes it below. Datagrams are accepted only from remote addresses of pairs that passed a
 * connectivity check (ice4j's component socket drops the rest).
 *
 * <p>One thread sends and one thread receives; a DTLS/SRTP layer on top demultiplexes by the
 * first byte (RFC 7983).
 */
public final class IceConnection implements PacketChannel {
    private final Component component;
    private final DatagramSocket socket;
    private final CandidatePair selected;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final CompletableFuture<Void> consentLost = new CompletableFuture<>();
    private final DatagramPacket incoming = new DatagramPacket(new byte[0], 0);
    private volatile boolean closed;

    IceConnection(Component component, CandidatePair selected) {
        this.component = component;
        this.socket = component.getSocket();
        this.selected = selected;
        this.local = CandidateMapping.socket(selected.getLocalCandidate().getTransportAddress());
        this.remote = CandidateMapping.socket(selected.getRemoteCandidate().getTransportAddress());
        IceMediaStream stream = component.getParentStream();
        stream.addPairChangeListener(new ConsentWatch());
        if (selected.getState() == CandidatePairState.FAILED) {
            consentLost.complete(null);
        }
    }

    /** Our side of the pair: a host, server-reflexive or relayed (TURN) address. */
    public InetSocketAddress localAddress() {
        return local;
    }

    public IceCandidate.Type localType() {
        return CandidateMapping.typeOf(selected.getLocalCandidate());
    }

    /** Where datagrams go: the peer's side of the pair. */
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    public IceCandidate.Type remoteType() {
        return CandidateMapping.typeOf(selected.getRemoteCandidate());
    }

    /**
     * Completes when the peer stopped answering consent checks (RFC 7675: about 30 s without a
     * response). The call should then end; dependent stages run on an ice4j thread unless an
     * {@code *Async} method is used. Each call returns a new view, so callers cannot complete it.
     */
    public CompletableFuture<Void> consentLost() {
        return consentLost.copy();
    }

    /**
     * Sends one datagram over the selected pair. After consent is lost the datagram is dropped
     * without error: RFC 7675 §5.1 requires us to stop sending, and {@link #consentLost()} is how
     * the call learns of it, once, rather than from an exception per packet.
     */
    @Override
    public void send(byte[] packet, int offset, int length) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        if (consentLost.isDone()) {
            return;
        }
        try {
            component.send(packet, offset, length);
        } catch (IOException e) {
            if (closed) {
                throw new ClosedChannelException();
            }
            throw e;
        }
    }

    /**
     * Waits for one non-STUN datagram from the peer.
     *
     * @return its length, or -1 when {@code timeout} passed with nothing received
     * @throws ClosedChannelException once the session is closed
     */
    @Override
    public synchronized int receive(byte[] buffer, Duration timeout) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        // 0 would mean "wait forever" to a DatagramSocket.
        int millis = (int) Math.clamp(timeout.toMillis(), 1L, Integer.MAX_VALUE);
        incoming.setData(buffer, 0, buffer.length);
        try {
            socket.setSoTimeout(millis);
            socket.receive(incoming);
            return incoming.getLength();
        } catch (SocketTimeoutException e) {
            return -1;
        } catch (SocketException e) {
            // ice4j's closed sockets throw plain SocketExceptions (SocketClosedException et al.).
            if (closed || socket.isClosed()) {
                throw new ClosedChannelException();
            }
            throw e;
        }
    }

    void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "IceConnection[" + localType().sdpName() + " -> " + remoteType().sdpName() + "]";
    }

    /** Consent expiry shows up in ice4j as the selected pair turning FAILED after it succeeded. */
    private final class ConsentWatch implements PropertyChangeListener {
        @Override
        public void propertyChange(PropertyChangeEvent event) {
            if (!closed && event.getSource() == selected
                    && IceMediaStream.PROPERTY_PAIR_STATE_CHANGED.equals(event.getPropertyName())
                    && event.getNewValue() == CandidatePairState.FAILED) {
                consentLost.complete(null);
            }
        }
    }
}
