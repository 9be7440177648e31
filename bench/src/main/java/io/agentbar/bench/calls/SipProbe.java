package io.agentbar.bench.calls;

import io.agentbar.app.it.peers.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The one probe every callee is timed with: a minimal SIP user agent client over UDP on 127.0.0.1, written here so
 * that AgentBar, baresip and linphonec are measured by the same code and clock. It pings with OPTIONS (ready time)
 * and places calls (INVITE with a PCMU offer, timed until the 200 OK arrives, then ACK and BYE). It also holds an RTP
 * and an RTCP socket as the offer's media address, so the callee's packets land somewhere (and are dropped unread).
 *
 * <p>Retransmissions follow RFC 3261 timer A (500 ms, doubling) so a lost datagram costs time instead of the run;
 * on loopback none is expected, and {@link #retransmissions()} says whether one happened.
 */
final class SipProbe implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration T1 = Duration.ofMillis(500);
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket sip;
    private final DatagramSocket rtp;
    private final DatagramSocket rtcp;
    private final byte[] buffer = new byte[MAX_DATAGRAM];
    private int retransmissions;
    /** When the last datagram arrived: read right after receive() returns, before any parsing. */
    private long lastArrival;

    private SipProbe(DatagramSocket sip, DatagramSocket rtp, DatagramSocket rtcp) {
        this.sip = sip;
        this.rtp = rtp;
        this.rtcp = rtcp;
    }

    static SipProbe open() {
        Ports.PortRange media = Ports.freeRtpRange(2);
        try {
            return new SipProbe(new DatagramSocket(new InetSocketAddress(LOOPBACK, 0)),
                    new DatagramSocket(new InetSocketAddress(LOOPBACK, media.first())),
                    new DatagramSocket(new InetSocketAddress(LOOPBACK, media.last())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the probe's sockets on 127.0.0.1", e);
        }
    }

    int retransmissions() {
        return retransmissions;
    }

    /**
     * Sends OPTIONS to {@code sip:user@127.0.0.1:port} every {@code interval} until a 200 comes back.
     *
     * @param running checked between pings: a callee that died fails the wait at once instead of at the timeout
     * @return {@link System#nanoTime()} when the first 200 arrived
     */
    long awaitOptionsOk(String user, int port, Duration interval, Duration timeout, BooleanSupplier running) {
        SipDialog dialog = new SipDialog(sip.getLocalPort(), user, port);
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextPing = System.nanoTime();
        int cseq = 0;
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() >= nextPing) {
                if (!running.getAsBoolean()) {
                    throw new IllegalStateException("the callee exited before it answered OPTIONS on port " + port);
                }
                send(dialog.options(++cseq), port);
                nextPing += interval.toNanos();
            }
            Optional<SipMessage> reply = receive(Math.min(nextPing, deadline));
            if (reply.isPresent() && reply.get().isResponse() && reply.get().callId().equals(dialog.callId())) {
                long arrived = lastArrival;
                int status = reply.get().status();
                if (status == 200) {
                    return arrived;
                }
                if (status >= 300) {
                    throw new IllegalStateException("the callee answered OPTIONS with " + reply.get().startLine());
                }
            }
        }
        throw new IllegalStateException("no 200 to OPTIONS from 127.0.0.1:" + port + " within " + timeout
                + " (" + cseq + " pings)");
    }

    /**
     * One call to {@code sip:user@127.0.0.1:port}: INVITE, wait for the 200 OK, ACK, BYE, wait for the BYE's 200.
     *
     * @return nanoseconds from sending the INVITE to receiving its 200 OK
     */
    long call(String user, int port, Duration timeout) {
        SipDialog dialog = new SipDialog(sip.getLocalPort(), user, port);
        long deadline = System.nanoTime() + timeout.toNanos();
        String invite = dialog.invite(rtp.getLocalPort());
        long sent = System.nanoTime();
        send(invite, port);
        Reply ok = awaitFinal(dialog, "INVITE", invite, port, sent, deadline);
        if (ok.message().status() / 100 != 2) {
            throw new IllegalStateException("the callee answered the INVITE with " + ok.message().startLine());
        }
        dialog.established(ok.message());
        send(dialog.ack(), port);
        String bye = dialog.bye();
        send(bye, port);
        SipMessage byeOk = awaitFinal(dialog, "BYE", bye, port, System.nanoTime(), deadline).message();
        if (byeOk.status() / 100 != 2) {
            throw new IllegalStateException("the callee answered the BYE with " + byeOk.startLine());
        }
        return ok.arrived() - sent;
    }

    /** A final response and the {@link System#nanoTime()} it arrived at. */
    private record Reply(SipMessage message, long arrived) {
    }

    /** Waits for the final response to {@code method}, retransmitting until a provisional one comes (timer A). */
    private Reply awaitFinal(SipDialog dialog, String method, String request, int port, long sent, long deadline) {
        long interval = T1.toNanos();
        long retransmitAt = sent + interval;
        boolean provisional = false;
        while (System.nanoTime() < deadline) {
            Optional<SipMessage> message = receive(provisional ? deadline : Math.min(retransmitAt, deadline));
            if (message.isEmpty()) {
                if (!provisional && System.nanoTime() >= retransmitAt) {
                    send(request, port);
                    retransmissions++;
                    interval *= 2;
                    retransmitAt = System.nanoTime() + interval;
                }
                continue;
            }
            SipMessage m = message.get();
            if (!m.isResponse()) {
                // the callee hanging up or probing us: say yes, the dialog ends either way
                send(m.okResponse(), port);
                continue;
            }
            if (!m.callId().equals(dialog.callId())) {
                continue;
            }
            if (method.equals("BYE") && m.method().equals("INVITE") && m.status() / 100 == 2) {
                // our ACK crossed a retransmitted 200 OK: acknowledge again
                send(dialog.ack(), port);
                continue;
            }
            if (!m.method().equals(method)) {
                continue;
            }
            if (m.status() < 200) {
                provisional = true;
                continue;
            }
            return new Reply(m, lastArrival);
        }
        throw new IllegalStateException("no final response to " + method + " from 127.0.0.1:" + port);
    }

    private void send(String message, int port) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try {
            sip.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send to 127.0.0.1:" + port, e);
        }
    }

    /** The next SIP message before {@code deadlineNanos}; empty on timeout. Sets {@link #lastArrival}. */
    private Optional<SipMessage> receive(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return Optional.empty();
        }
        try {
            sip.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            sip.receive(packet);
            lastArrival = System.nanoTime();
            return SipMessage.parse(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
        } catch (SocketTimeoutException timeout) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("probe socket failed", e);
        }
    }

    @Override
    public void close() {
        sip.close();
        rtp.close();
        rtcp.close();
    }
}
