package io.agentbar.audio;

import io.agentbar.audio.codec.AudioCodecs;
import io.agentbar.audio.codec.AudioEncoder;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.rtp.NtpTime;
import io.agentbar.audio.rtp.ReportBlock;
import io.agentbar.audio.rtp.RtcpWriter;
import io.agentbar.audio.rtp.RtpPacket;
import io.agentbar.audio.rtp.RtpPacketizer;
import io.agentbar.audio.rtp.TelephoneEventSender;
import io.agentbar.core.media.PacketChannel;
import io.agentbar.core.media.PayloadFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The send thread, paced by the microphone: one frame in, at most one RTP packet out, and the
 * RTP clock advances every frame even when nothing is sent (muted audio is still sent as
 * silence, which keeps NAT bindings and the far end's timeout alive).
 */
final class SendLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SendLoop.class);
    private static final int MAX_PACKET = 1500;

    private final RtpSession session;
    private final GuardedCapture capture;
    private final RtpPacketizer packetizer;
    private final AudioEncoder encoder;
    private final int payloadType;
    private final TelephoneEventSender telephoneEvents;
    private final DtmfTone inBandDtmf = DtmfTone.inBand();
    private final RtcpWriter rtcp;
    private final PacketChannel rtpChannel;
    private final PacketChannel rtcpChannel;
    private final boolean sends;
    private final short[] frame = new short[PcmFormat.FRAME_SAMPLES];
    private final byte[] packet = new byte[MAX_PACKET];
    private final byte[] report = new byte[MAX_PACKET];
    private final int reportFrames;
    private int framesToReport;
    private long sentAtLastReport;
    private long sendErrors;
    private boolean bridged;

    SendLoop(RtpSession session, GuardedCapture capture) {
        this.session = session;
        this.capture = capture;
        this.packetizer = session.packetizer;
        this.encoder = AudioCodecs.encoder(session.media.codec(), session.settings.opus());
        this.payloadType = session.media.audio().payloadType();
        this.telephoneEvents = session.media.telephoneEvent().map(PayloadFormat::payloadType)
                .map(TelephoneEventSender::new).orElse(null);
        this.rtcp = new RtcpWriter(packetizer.ssrc(), cname());
        this.rtpChannel = session.transport.rtp();
        this.rtcpChannel = session.transport.rtcp();
        this.sends = session.media.direction().sends();
        this.reportFrames = (int) Math.max(1, session.settings.rtcpInterval().toMillis() / PcmFormat.FRAME_MILLIS);
        this.framesToReport = randomised(reportFrames / 2); // RFC 3550 §6.2: the first report comes sooner
    }

    @Override
    public void run() {
        capture.open();
        try {
            while (session.running()) {
                nextFrame();
                if (sends) {
                    sendFrame();
                }
                packetizer.advance();
                if (--framesToReport <= 0) {
                    framesToReport = randomised(reportFrames);
                    sendReport(false);
                }
            }
            sendReport(true);
        } finally {
            capture.close();
        }
    }

    /** From the microphone, or in a conference from the bridge, which already applied the mute. */
    private void nextFrame() {
        ConferenceLeg leg = session.leg;
        if (leg != null) {
            if (!bridged) {
                bridged = true;
                capture.close(); // the bridge has the microphone now
            }
            leg.read(frame);
            session.taps.mixed(leg.agent, leg.heard);
            return;
        }
        if (bridged) {
            bridged = false;
            capture.replace(session.devices.capture(session.callId));
        }
        capture.read(frame);
        if (session.microphoneMuted) {
            Arrays.fill(frame, (short) 0);
        }
        session.taps.captured(frame);
    }

    private void sendFrame() {
        startDigit();
        int length = telephoneEvents == null ? 0 : telephoneEvents.poll(packetizer, packet);
        int payload = TelephoneEventSender.PAYLOAD_LENGTH;
        if (length == 0) {
            inBandDtmf.replace(frame);
            payload = encoder.encode(frame, packet, RtpPacket.HEADER_LENGTH, MAX_PACKET - RtpPacket.HEADER_LENGTH);
            if (payload == 0) {
                packetizer.markTalkspurt();
                return;
            }
            length = packetizer.writeHeader(packet, payloadType) + payload;
        }
        try {
            rtpChannel.send(packet, 0, length);
            session.packetsSent = session.packetsSent + 1;
            session.octetsSent = session.octetsSent + payload;
        } catch (IOException e) {
            // no route, ICMP unreachable, closed under us: the stream goes on; say so once in a while
            if (sendErrors++ % 500 == 0) {
                LOG.debug("RTP send failed for call {} ({} failures): {}", session.callId, sendErrors, e.toString());
            }
        }
    }

    /** Takes the next queued digit when the previous one is done: RFC 4733 if negotiated, else in-band tones. */
    private void startDigit() {
        boolean ready = telephoneEvents == null ? inBandDtmf.idle() : telephoneEvents.idle();
        Character digit = ready ? session.digits.poll() : null;
        if (digit == null) {
            return;
        }
        if (telephoneEvents != null) {
            telephoneEvents.start(digit, packetizer);
        } else {
            inBandDtmf.start(digit);
        }
    }

    private void sendReport(boolean bye) {
        long now = System.nanoTime();
        Optional<ReportBlock> block = session.reportBlock(now);
        List<ReportBlock> blocks = block.map(List::of).orElse(List.of());
        long sent = session.packetsSent;
        int length = sent > sentAtLastReport
                ? rtcp.writeSenderReport(report, NtpTime.of(Instant.now()), packetizer.timestamp(), sent,
                        session.octetsSent, blocks)
                : rtcp.writeReceiverReport(report, blocks);
        sentAtLastReport = sent;
        if (bye) {
            length += rtcp.writeBye(report, length);
        }
        encoder.expectLoss(session.remoteLossPercent);
        try {
            rtcpChannel.send(report, 0, length);
        } catch (IOException e) {
            LOG.debug("RTCP send failed for call {}: {}", session.callId, e.toString());
        }
    }

    private static int randomised(int frames) {
        return Math.max(1, (int) (frames * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
    }

    private static String cname() {
        // RFC 7022: a random, per-session CNAME leaks nothing about the host
        return "agentbar-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@agentbar.invalid";
    }
}
