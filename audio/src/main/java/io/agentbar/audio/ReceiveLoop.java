package io.agentbar.audio;

import io.agentbar.audio.rtp.RtpPacket;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.PacketChannel;
import io.agentbar.core.media.PayloadFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A receive thread: blocks on the channel with a short timeout, sorts what arrives into RTP for
 * the jitter buffer and RTCP for the session, drops everything else, and watches for silence.
 * One instance serves the RTP channel (and RTCP when it is muxed); another, when RTCP has its
 * own channel, serves that.
 */
final class ReceiveLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiveLoop.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final RtpSession session;
    private final PacketChannel channel;
    private final boolean rtp;
    private final int audioType;
    private final int eventType;
    private final boolean receives;
    private final long timeoutNanos;
    private final byte[] buffer = new byte[2048];
    private final RtpPacket packet = new RtpPacket();
    private long lastMedia = System.nanoTime();
    private boolean first = true;
    private boolean timedOut;
    private long dropped;

    ReceiveLoop(RtpSession session, PacketChannel channel, boolean rtp) {
        this.session = session;
        this.channel = channel;
        this.rtp = rtp;
        this.audioType = session.media.audio().payloadType();
        this.eventType = session.media.telephoneEvent().map(PayloadFormat::payloadType).orElse(-1);
        this.receives = session.media.direction().receives();
        this.timeoutNanos = session.settings.rtpTimeout().toNanos();
    }

    @Override
    public void run() {
        while (session.running()) {
            int length;
            try {
                length = channel.receive(buffer, POLL);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // e.g. ICMP port unreachable surfacing on a connected socket: pause so it cannot spin
                LOG.debug("receive failed on call {}: {}", session.callId, e.toString());
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                length = -1;
            }
            long now = System.nanoTime();
            if (length > 0) {
                onPacket(length, now);
            }
            if (rtp) {
                watchSilence(now);
            }
        }
    }

    private void onPacket(int length, long now) {
        if (length >= 2 && RtpPacket.isRtcp(buffer[1] & 0xFF)) {
            session.onRtcp(buffer, length, now);
            return;
        }
        if (!rtp || !packet.parse(buffer, 0, length)) {
            drop(length);
            return;
        }
        int type = packet.payloadType();
        if (type == audioType) {
            if (receives) {
                session.jitter.put(packet, now);
            }
            if (first) {
                first = false;
                session.events.emit(new MediaEvent.FirstPacketReceived(session.callId));
            }
            heard(now);
        } else if (type == eventType) {
            heard(now); // DTMF from the far end: not played, but proof the stream is alive
        } else {
            drop(length);
        }
    }

    private void heard(long now) {
        lastMedia = now;
        if (timedOut) {
            timedOut = false;
            session.events.emit(new MediaEvent.RtpResumed(session.callId));
        }
    }

    private void watchSilence(long now) {
        if (receives && !timedOut && now - lastMedia >= timeoutNanos) {
            timedOut = true;
            session.events.emit(new MediaEvent.RtpTimedOut(session.callId, (now - lastMedia) / 1_000_000));
        }
    }

    private void drop(int length) {
        // garbage from the network is expected (scanners, stale streams): count, and say so rarely
        if (dropped++ % 1000 == 0) {
            LOG.debug("dropped {} unexpected packet(s) on call {} (last {} bytes)", dropped, session.callId, length);
        }
    }
}
