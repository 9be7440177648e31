package io.agentbar.sip.media.dtls;

import io.agentbar.sip.media.dtls.DtlsHandshakeException.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsTimeoutException;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DTLS-SRTP association (RFC 5764) over one media stream: the handshake, then the idle tail
 * that keeps answering a peer that lost our last flight, until {@link #close()} or the peer's
 * close_notify.
 *
 * <p>bctls blocks, so each association owns a daemon thread named {@code dtls-<role>-<n>}. The
 * caller gets the SRTP keys from {@link #keys()}; it fails with a {@link DtlsHandshakeException}
 * (fingerprint mismatch, timeout, closed, failed). Closing — or cancelling {@link #keys()} — ends
 * the thread within about {@value PacketTransport#SLICE_MILLIS} ms and sends close_notify if the
 * association was up.
 */
public final class DtlsSrtpHandshake implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DtlsSrtpHandshake.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The idle tail waits this long per receive; the transport still checks for close every slice. */
    private static final int IDLE_WAIT_MILLIS = 1000;

    private final DtlsRole role;
    private final DtlsCertificate local;
    private final PeerCertificateCheck check;
    private final Duration timeout;
    private final List<DtlsSrtpProfile> profiles;
    private final PacketTransport transport;
    private final CompletableFuture<DtlsSrtpKeys> keys = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private DtlsSrtpHandshake(DtlsPackets packets, DtlsRole role, DtlsCertificate local, Fingerprint expectedRemote,
                              Duration timeout, List<DtlsSrtpProfile> profiles) {
        this.role = Objects.requireNonNull(role, "role");
        this.local = Objects.requireNonNull(local, "local");
        this.check = new PeerCertificateCheck(Objects.requireNonNull(expectedRemote, "expectedRemote"));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.transport = new PacketTransport(Objects.requireNonNull(packets, "packets"), role);
        this.profiles = List.copyOf(profiles);
        if (this.profiles.isEmpty()) {
            throw new IllegalArgumentException("no SRTP profile to offer");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad DTLS timeout " + timeout);
        }
    }

    /**
     * Starts the handshake at once: as {@link DtlsRole#CLIENT} our ClientHello goes out now, as
     * {@link DtlsRole#SERVER} we wait for the peer's. Start it when ICE has a selected pair.
     *
     * @param expectedRemote the peer's {@code a=fingerprint}
     * @param timeout        for the whole handshake; a silent peer fails with {@link Reason#TIMEOUT}
     */
    public static DtlsSrtpHandshake start(DtlsPackets packets, DtlsRole role, DtlsCertificate local,
                                          Fingerprint expectedRemote, Duration timeout) {
        return start(packets, role, local, expectedRemote, timeout, DtlsSrtpProfile.preferred());
    }

    /**
     * As {@link #start(DtlsPackets, DtlsRole, DtlsCertificate, Fingerprint, Duration)}, offering or accepting
     * only these SRTP profiles, most preferred first (an account policy may, say, insist on GCM).
     */
    public static DtlsSrtpHandshake start(DtlsPackets packets, DtlsRole role, DtlsCertificate local,
                                          Fingerprint expectedRemote, Duration timeout,
                                          List<DtlsSrtpProfile> profiles) {
        DtlsSrtpHandshake handshake = new DtlsSrtpHandshake(packets, role, local, expectedRemote, timeout, profiles);
        // a cancelled keys() future means "the call is gone": release the thread and the socket path
        handshake.keys.whenComplete((k, e) -> {
            if (handshake.keys.isCancelled()) {
                handshake.close();
            }
        });
        String name = "dtls-" + role.name().toLowerCase(Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
        Thread.ofPlatform().daemon().name(name).start(handshake::run);
        return handshake;
    }

    /** The SRTP keys, once the handshake has completed and the peer proved its fingerprint. */
    public CompletableFuture<DtlsSrtpKeys> keys() {
        return keys;
    }

    /** Completes when the association's thread has ended (after close, the peer's close_notify, or a failure). */
    public CompletableFuture<Void> ended() {
        return ended.copy();
    }

    public DtlsRole role() {
        return role;
    }

    /** Ends the association (hang-up): aborts a running handshake, or sends close_notify. Idempotent, non-blocking. */
    @Override
    public void close() {
        transport.requestStop();
    }

    private void run() {
        long startNanos = System.nanoTime();
        transport.armDeadline(startNanos + timeout.toNanos());
        int timeoutMillis = (int) timeout.toMillis();
        BcTlsCrypto crypto = new BcTlsCrypto(RANDOM);
        try {
            DTLSTransport dtls;
            DtlsSrtpKeys result;
            if (role == DtlsRole.CLIENT) {
                DtlsSrtpClient client = new DtlsSrtpClient(crypto, local, check, timeoutMillis, profiles);
                dtls = new DTLSClientProtocol().connect(client, transport);
                result = client.keys();
            } else {
                DtlsSrtpServer server = new DtlsSrtpServer(crypto, local, check, timeoutMillis, profiles);
                DTLSServerProtocol protocol = new DTLSServerProtocol();
                // ICE connectivity checks already proved the peer's address, the cookie exchange would add a round trip
                protocol.setVerifyRequests(false);
                dtls = protocol.accept(server, transport);
                result = server.keys();
            }
            transport.disarmDeadline();
            LOG.debug("DTLS-SRTP handshake as {} done in {} ms, profile {}", role,
                    (System.nanoTime() - startNanos) / 1_000_000, result.profile());
            if (!keys.complete(result)) {
                transport.requestStop(); // cancelled in the meantime
            }
            idle(dtls);
        } catch (IOException | RuntimeException e) {
            DtlsHandshakeException failure = classify(e);
            LOG.debug("DTLS-SRTP handshake as {} failed: {}", role, failure.getMessage());
            keys.completeExceptionally(failure);
        } finally {
            transport.close();
            // safety net for an Error escaping bctls: the caller must never wait forever for keys
            keys.completeExceptionally(new DtlsHandshakeException(Reason.FAILED, "DTLS: the handshake thread died", null));
            ended.complete(null);
        }
    }

    /**
     * After the handshake nothing travels over DTLS but we keep reading: if the peer lost our final
     * flight it retransmits its own, and bctls answers only from inside receive. Application data
     * (no data channels here) is discarded.
     */
    private void idle(DTLSTransport dtls) {
        byte[] buffer = new byte[transport.getReceiveLimit()];
        try {
            while (!transport.stopRequested()) {
                dtls.receive(buffer, 0, buffer.length, IDLE_WAIT_MILLIS);
            }
        } catch (InterruptedIOException e) {
            // our own close(): fall through to close_notify
        } catch (IOException e) {
            LOG.debug("DTLS association ({}) ended by the peer: {}", role, e.getMessage());
            return;
        }
        try {
            dtls.close(); // sends close_notify
        } catch (IOException e) {
            LOG.debug("DTLS close_notify not sent: {}", e.getMessage());
        }
    }

    private DtlsHandshakeException classify(Exception e) {
        if (check.failure().isPresent()) {
            return new DtlsHandshakeException(Reason.FINGERPRINT_MISMATCH, check.failure().get(), e);
        }
        if (transport.stopRequested()) {
            return new DtlsHandshakeException(Reason.CLOSED, "DTLS: closed before the handshake completed", e);
        }
        if (transport.deadlinePassed() || e instanceof TlsTimeoutException) {
            return new DtlsHandshakeException(Reason.TIMEOUT,
                    "DTLS: no handshake with the peer within " + timeout.toMillis() + " ms", e);
        }
        if (e instanceof TlsFatalAlertReceived received) {
            return new DtlsHandshakeException(Reason.FAILED,
                    "DTLS: the peer aborted the handshake (" + AlertDescription.getText(received.getAlertDescription())
                            + ")", e);
        }
        if (e instanceof TlsFatalAlert alert) {
            String detail = alert.getMessage() != null ? alert.getMessage()
                    : AlertDescription.getText(alert.getAlertDescription());
            return new DtlsHandshakeException(Reason.FAILED, "DTLS handshake failed: " + detail, e);
        }
        return new DtlsHandshakeException(Reason.FAILED, "DTLS handshake failed: " + e, e);
    }
}
