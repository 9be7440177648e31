package io.agentbar.sip.media.srtp;

import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SRTP/SRTCP state of one media stream of a call (RFC 3711): our key protects what we send,
 * the peer's key checks and decrypts what we receive. Crypto contexts are derived per SSRC the
 * first time a source shows up; a received source is only remembered once one of its packets
 * authenticates, so forged packets leave no state behind.
 *
 * <p>Every method works in place on the caller's array, the packet starting at index 0, and returns
 * the new length, or a negative {@link SrtpFailure#code()}. Protecting needs spare capacity of
 * {@link SrtpSuite#rtpOverhead()} / {@link SrtpSuite#rtcpOverhead()} bytes after the packet.
 *
 * <p>Threads: each of the four paths (RTP out, RTP in, RTCP out, RTCP in) must be used by one
 * thread at a time; different paths may run concurrently. The drop counters may be read anywhere.
 */
public final class SrtpSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SrtpSession.class);
    private static final int RTP_FIXED_HEADER = 12;
    private static final int RTCP_FIXED_HEADER = 8;

    private final SrtpSuite suite;
    private final SrtpContextFactory sender;
    private final SrtpContextFactory receiver;
    private final Path<SrtpCryptoContext> rtpOut = new Path<>();
    private final Path<SrtpCryptoContext> rtpIn = new Path<>();
    private final Path<SrtcpCryptoContext> rtcpOut = new Path<>();
    private final Path<SrtcpCryptoContext> rtcpIn = new Path<>();
    private final AtomicLong authenticationFailures = new AtomicLong();
    private final AtomicLong replays = new AtomicLong();
    private final AtomicLong invalid = new AtomicLong();
    private final AtomicLong unprotectable = new AtomicLong();
    private volatile boolean closed;

    /** One direction and packet kind: its contexts and the buffer view its thread reuses. */
    private static final class Path<C> {
        final SsrcContexts<C> contexts = new SsrcContexts<>();
        final PacketBuffer buffer = new PacketBuffer();
    }

    private SrtpSession(SrtpKeys local, SrtpKeys remote) {
        this.suite = local.suite();
        this.sender = new SrtpContextFactory(true, local.masterKey(), local.masterSalt(),
                suite.srtpPolicy(), suite.srtcpPolicy(), JitsiLogger.INSTANCE);
        this.receiver = new SrtpContextFactory(false, remote.masterKey(), remote.masterSalt(),
                suite.srtpPolicy(), suite.srtcpPolicy(), JitsiLogger.INSTANCE);
    }

    /** A session sending with {@code local} and receiving with {@code remote}; suites must match. */
    public static SrtpSession of(SrtpKeys local, SrtpKeys remote) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        if (local.suite() != remote.suite()) {
            throw new IllegalArgumentException("local " + local.suite() + " but remote " + remote.suite());
        }
        return new SrtpSession(local, remote);
    }

    public static SrtpSession of(SrtpKeyPair keys) {
        return of(keys.local(), keys.remote());
    }

    public SrtpSuite suite() {
        return suite;
    }

    /** Encrypts and tags an RTP packet; needs {@link SrtpSuite#rtpOverhead()} spare bytes. */
    public int protectRtp(byte[] packet, int length) {
        requireRoom(packet, length, suite.rtpOverhead());
        if (closed || RtpHeader.length(packet, length) < 0) {
            return refuse(SrtpFailure.INVALID);
        }
        int ssrc = RtpHeader.ssrc(packet);
        SrtpCryptoContext context = rtpOut.contexts.find(ssrc);
        if (context == null) {
            if (rtpOut.contexts.full()) {
                return refuse(SrtpFailure.INVALID);
            }
            context = derive(() -> sender.deriveContext(ssrc, 0));
            rtpOut.contexts.add(ssrc, context);
        }
        PacketBuffer buffer = rtpOut.buffer.wrap(packet, length);
        try {
            return outcome(context.transformPacket(buffer), buffer, false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SRTP encryption failed", e);
        } finally {
            buffer.release();
        }
    }

    /** Checks and decrypts an SRTP packet; on success returns the RTP length. */
    public int unprotectRtp(byte[] packet, int length) {
        int header = RtpHeader.length(packet, length);
        if (closed || header < 0 || header + suite.rtpOverhead() > length) {
            return drop(SrtpFailure.INVALID);
        }
        int ssrc = RtpHeader.ssrc(packet);
        SrtpCryptoContext context = rtpIn.contexts.find(ssrc);
        boolean known = context != null;
        if (!known) {
            if (rtpIn.contexts.full()) {
                return drop(SrtpFailure.INVALID);
            }
            context = derive(() -> receiver.deriveContext(ssrc, 0));
        }
        PacketBuffer buffer = rtpIn.buffer.wrap(packet, length);
        try {
            int result = outcome(context.reverseTransformPacket(buffer, false), buffer, true);
            if (!known && result >= 0) {
                rtpIn.contexts.add(ssrc, context);
            }
            return result;
        } catch (GeneralSecurityException | RuntimeException e) {
            // The header was checked above; anything jitsi-srtp still trips over is bad input
            // from the network, which must cost us one packet, never the receive thread.
            LOG.debug("SRTP packet from SSRC {} rejected", Integer.toUnsignedString(ssrc), e);
            return drop(SrtpFailure.INVALID);
        } finally {
            buffer.release();
        }
    }

    /** Encrypts, indexes and tags an RTCP packet; needs {@link SrtpSuite#rtcpOverhead()} spare bytes. */
    public int protectRtcp(byte[] packet, int length) {
        requireRoom(packet, length, suite.rtcpOverhead());
        if (closed || !RtpHeader.isRtcp(packet, length)) {
            return refuse(SrtpFailure.INVALID);
        }
        int ssrc = RtpHeader.rtcpSenderSsrc(packet);
        SrtcpCryptoContext context = rtcpOut.contexts.find(ssrc);
        if (context == null) {
            if (rtcpOut.contexts.full()) {
                return refuse(SrtpFailure.INVALID);
            }
            context = derive(() -> sender.deriveControlContext(ssrc));
            rtcpOut.contexts.add(ssrc, context);
        }
        PacketBuffer buffer = rtcpOut.buffer.wrap(packet, length);
        try {
            return outcome(context.transformPacket(buffer), buffer, false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SRTCP encryption failed", e);
        } finally {
            buffer.release();
        }
    }

    /** Checks and decrypts an SRTCP packet; on success returns the RTCP length. */
    public int unprotectRtcp(byte[] packet, int length) {
        if (closed || !RtpHeader.isRtcp(packet, length) || RTCP_FIXED_HEADER + suite.rtcpOverhead() > length) {
            return drop(SrtpFailure.INVALID);
        }
        int ssrc = RtpHeader.rtcpSenderSsrc(packet);
        SrtcpCryptoContext context = rtcpIn.contexts.find(ssrc);
        boolean known = context != null;
        if (!known) {
            if (rtcpIn.contexts.full()) {
                return drop(SrtpFailure.INVALID);
            }
            context = derive(() -> receiver.deriveControlContext(ssrc));
        }
        PacketBuffer buffer = rtcpIn.buffer.wrap(packet, length);
        try {
            int result = outcome(context.reverseTransformPacket(buffer), buffer, true);
            if (!known && result >= 0) {
                rtcpIn.contexts.add(ssrc, context);
            }
            return result;
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.debug("SRTCP packet from SSRC {} rejected", Integer.toUnsignedString(ssrc), e);
            return drop(SrtpFailure.INVALID);
        } finally {
            buffer.release();
        }
    }

    public SrtpDrops drops() {
        return new SrtpDrops(authenticationFailures.get(), replays.get(), invalid.get(), unprotectable.get());
    }

    /** Forgets the master keys; later calls refuse every packet. */
    @Override
    public void close() {
        closed = true;
        sender.close();
        receiver.close();
    }

    @Override
    public String toString() {
        return "SrtpSession[" + suite + ", " + drops() + "]";
    }

    private int outcome(SrtpErrorStatus status, PacketBuffer buffer, boolean receiving) {
        SrtpFailure failure = switch (status) {
            case OK -> null;
            case AUTH_FAIL -> SrtpFailure.AUTHENTICATION;
            case REPLAY_FAIL, REPLAY_OLD -> SrtpFailure.REPLAY;
            case INVALID_PACKET, FAIL -> SrtpFailure.INVALID;
        };
        if (failure == null) {
            return buffer.settle();
        }
        return receiving ? drop(failure) : refuse(failure);
    }

    private int drop(SrtpFailure failure) {
        switch (failure) {
            case AUTHENTICATION -> authenticationFailures.incrementAndGet();
            case REPLAY -> replays.incrementAndGet();
            case INVALID -> invalid.incrementAndGet();
        }
        return failure.code();
    }

    private int refuse(SrtpFailure failure) {
        unprotectable.incrementAndGet();
        return failure.code();
    }

    private static void requireRoom(byte[] packet, int length, int overhead) {
        if (length < 0 || length + overhead > packet.length) {
            throw new IllegalArgumentException("a " + length + "-byte packet needs " + overhead
                    + " spare bytes, the array has " + (packet.length - length));
        }
    }

    private interface Derivation<C> {
        C derive() throws GeneralSecurityException;
    }

    private static <C> C derive(Derivation<C> derivation) {
        try {
            return derivation.derive();
        } catch (GeneralSecurityException e) {
            // AES and HMAC-SHA1 are mandatory in every JDK; missing ones mean a broken runtime
            throw new IllegalStateException("cannot derive SRTP session keys", e);
        }
    }
}
