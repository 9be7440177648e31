package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.Ports;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A userspace impairment relay for one call on loopback (the kernel here has no netem): the caller dials
 * {@code sip:<user>@127.0.0.1:<sipPort>}, the relay forwards the SIP datagrams to the callee as a stateless proxy (its
 * own Via on top, so responses come back through it) and rewrites the SDP offer and answer so that RTP and RTCP of
 * both directions flow through its {@link MediaLeg}. Only the INVITE transaction needs it: ACK and BYE follow the
 * phones' Contacts directly, they carry no SDP. Neither phone is changed or told.
 *
 * <p>Bounded: every thread stops at {@link #close()} or when {@code lifetime} has passed.
 */
final class ImpairmentRelay implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final String BRANCH_PREFIX = "z9hG4bK-relay-";

    private final DatagramSocket sip;
    private final InetSocketAddress callee;
    private final MediaLeg media;
    private final long deadline;
    private final Thread thread;
    private final List<String> trace = new ArrayList<>();
    private volatile InetSocketAddress caller;
    private volatile boolean open = true;

    private ImpairmentRelay(DatagramSocket sip, InetSocketAddress callee, MediaLeg media, long deadline) {
        this.sip = sip;
        this.callee = callee;
        this.media = media;
        this.deadline = deadline;
        this.thread = Thread.ofPlatform().name("relay-sip-" + sip.getLocalPort()).daemon().unstarted(this::run);
    }

    /**
     * @param calleeSipPort the callee's SIP port on 127.0.0.1
     * @param impaired      which direction's RTP gets the impairment
     * @param observe       keep every RTP packet with its arrival time ({@link MediaLeg#observed()})
     */
    static ImpairmentRelay start(int calleeSipPort, Impairment impairment, MediaLeg.Direction impaired, boolean observe,
                                 Duration lifetime) throws SocketException {
        long deadline = System.nanoTime() + lifetime.toNanos();
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, Ports.freePort()));
        socket.setSoTimeout(200);
        MediaLeg media;
        try {
            media = MediaLeg.open(impairment, impaired, observe, deadline);
        } catch (SocketException e) {
            socket.close();
            throw e;
        }
        ImpairmentRelay relay = new ImpairmentRelay(socket, new InetSocketAddress(LOOPBACK, calleeSipPort), media, deadline);
        relay.thread.start();
        return relay;
    }

    /** The address the caller dials to reach the callee through the relay. */
    String uri(String user) {
        return "sip:" + user + "@127.0.0.1:" + sip.getLocalPort();
    }

    MediaLeg media() {
        return media;
    }

    /** Start lines of the SIP messages relayed, for a failure message. */
    List<String> trace() {
        synchronized (trace) {
            return List.copyOf(trace);
        }
    }

    @Override
    public void close() {
        open = false;
        sip.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        media.close();
    }

    private void run() {
        byte[] buffer = new byte[65535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (open && System.nanoTime() < deadline) {
            try {
                packet.setLength(buffer.length);
                sip.receive(packet);
            } catch (SocketTimeoutException idle) {
                continue;
            } catch (IOException closed) {
                return;
            }
            InetSocketAddress from = (InetSocketAddress) packet.getSocketAddress();
            try {
                relay(SipDatagram.parse(buffer, packet.getLength()), from);
            } catch (RuntimeException malformed) {
                note("dropped unparsable datagram from " + from + ": " + malformed.getMessage());
            } catch (IOException e) {
                note("could not forward: " + e.getMessage());
            }
        }
    }

    private void relay(SipDatagram message, InetSocketAddress from) throws IOException {
        note((from.equals(callee) ? "<- " : "-> ") + message.startLine());
        if (message.isResponse()) {
            if (!message.topVia().map(v -> SipDatagram.branch(v).startsWith(BRANCH_PREFIX)).orElse(false)) {
                return; // not a response to a request we forwarded
            }
            message.popVia();
            if (message.hasSdp()) {
                Optional<SdpMedia.Address> answer = SdpMedia.audio(message.body());
                answer.ifPresent(media::calleeMedia);
                message.body(SdpMedia.withAudioPort(message.body(), media.callerFacingPort()));
            }
            InetSocketAddress to = caller;
            if (to != null) {
                send(message, to);
            }
            return;
        }
        if (from.equals(callee)) {
            return; // in-dialog requests from the callee go to the caller's Contact, never through us
        }
        caller = from;
        String topBranch = message.topVia().map(SipDatagram::branch).orElse("");
        // the same branch for retransmissions and for a CANCEL of the INVITE, as a stateless proxy must (RFC 3261 §16.11)
        message.pushVia("SIP/2.0/UDP 127.0.0.1:" + sip.getLocalPort() + ";branch=" + BRANCH_PREFIX
                + Integer.toHexString(topBranch.hashCode()) + ";rport");
        message.requestUriHost("127.0.0.1:" + callee.getPort());
        if (message.hasSdp()) {
            SdpMedia.audio(message.body()).ifPresent(media::callerMedia);
            message.body(SdpMedia.withAudioPort(message.body(), media.calleeFacingPort()));
        }
        send(message, callee);
    }

    private void send(SipDatagram message, InetSocketAddress to) throws IOException {
        byte[] bytes = message.bytes();
        sip.send(new DatagramPacket(bytes, bytes.length, to));
    }

    private void note(String line) {
        synchronized (trace) {
            if (trace.size() < 200) {
                trace.add(line);
            }
        }
    }
}
