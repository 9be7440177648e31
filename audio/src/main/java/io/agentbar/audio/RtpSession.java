package io.agentbar.audio;

import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.jitter.JitterBuffer;
import io.agentbar.audio.jitter.JitterStatistics;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.rtp.NtpTime;
import io.agentbar.audio.rtp.ReportBlock;
import io.agentbar.audio.rtp.RtcpReader;
import io.agentbar.audio.rtp.RtpPacketizer;
import io.agentbar.audio.rtp.TelephoneEventSender;
import io.agentbar.core.media.AudioTap;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaStatistics;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The audio of one call: the state its threads share, and its lifecycle.
 *
 * <pre>
 *  send thread:    GuardedCapture.read ─► mute ─► encode / telephone-event ─► RTP ─► rtp().send
 *                  (every ~5 s) RTCP SR/RR ─► rtcp().send
 *  receive thread: rtp().receive ─► RtpPacket.parse ─► JitterBuffer.put   (RTCP when muxed)
 *  playout thread: JitterBuffer.pull ─► decode / FEC / PLC ─► mute ─► + key tone ─► GuardedPlayback.write
 *  taps:           playout frame ─► AudioTaps ring ─► (send thread) paired with the muted mic frame ─► AudioTap
 *  RTCP thread:    rtcp().receive ─► RtcpReader      (only when RTCP has its own channel)
 *  in a conference: the send thread reads, and the playout thread writes, a {@link ConferenceLeg}
 *                  instead of the devices, which are closed until the split
 * </pre>
 *
 * Signalling-side calls (mute, DTMF, statistics, close) only touch volatile flags, a lock-free
 * queue or the jitter buffer's monitor.
 */
final class RtpSession implements MediaSession {
    private static final Logger LOG = LoggerFactory.getLogger(RtpSession.class);
    private static final long JOIN_MILLIS = 1000;

    final String callId;
    final NegotiatedMedia media;
    final MediaTransport transport;
    final AudioSettings settings;
    final EventSink events;
    final JitterBuffer jitter;
    final RtpPacketizer packetizer;
    final Queue<Character> digits = new ConcurrentLinkedQueue<>();
    /** Keys whose tone the agent should hear, for the playout thread. */
    final Queue<Character> keyTones = new ConcurrentLinkedQueue<>();
    final AudioTaps taps;
    /** Where the loops get fresh devices after a conference gave them back. */
    final DeviceFactory devices;
    /** Set while a {@link ConferenceBridge} mixes this call: the loops then use it instead of their devices. */
    volatile ConferenceLeg leg;

    private final ThreadFactory threadFactory;
    private final Consumer<RtpSession> onClosed;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RtcpReader rtcpReader = new RtcpReader();
    private final GuardedCapture capture;
    private final GuardedPlayback playback;

    private volatile boolean running = true;
    volatile boolean microphoneMuted;
    volatile boolean speakerMuted;
    volatile long packetsSent;
    volatile long octetsSent;
    /** Middle 32 bits of the last SR's NTP time, then its arrival in 1/65536 s: one word, read atomically. */
    private volatile long lastSenderReport;
    volatile int remoteLossPercent;
    private volatile long roundTripMillis = -1;

    RtpSession(String callId, NegotiatedMedia media, MediaTransport transport, Consumer<MediaEvent> events,
               AudioSettings settings, DeviceFactory devices, ThreadFactory threads, Consumer<RtpSession> onClosed) {
        this.callId = callId;
        this.media = media;
        this.transport = transport;
        this.settings = settings;
        this.events = new EventSink(events);
        this.threadFactory = threads;
        this.onClosed = onClosed;
        this.taps = new AudioTaps(callId);
        this.devices = devices;
        PayloadFormat audio = media.audio();
        int clockRate = audio.codec().clockRate();
        this.packetizer = new RtpPacketizer(clockRate * PcmFormat.FRAME_MILLIS / 1000, new SecureRandom());
        // the far end's packet duration; clamped so an odd ptime cannot break the buffer's arithmetic
        int packetMillis = Math.max(10, Math.min(60, media.ptimeMillis()));
        this.jitter = new JitterBuffer(clockRate, packetMillis, settings.minJitterDelayMillis(),
                settings.maxJitterDelayMillis(), 1500);
        this.capture = new GuardedCapture(callId, devices.capture(callId), this.events, this::running);
        this.playback = new GuardedPlayback(callId, devices.playback(callId), this.events, this::running);
    }

    void start() {
        spawn("audio-send " + callId, new SendLoop(this, capture));
        spawn("audio-receive " + callId, new ReceiveLoop(this, transport.rtp(), true));
        spawn("audio-playout " + callId, new PlayoutLoop(this, playback));
        if (transport.rtcp() != transport.rtp()) {
            spawn("audio-rtcp " + callId, new ReceiveLoop(this, transport.rtcp(), false));
        }
    }

    private void spawn(String name, Runnable loop) {
        Thread t = threadFactory.newThread(() -> {
            try {
                loop.run();
            } catch (RuntimeException | Error e) {
                // a bug must not go unnoticed, but it must not take the phone down either
                LOG.error("{} crashed", Thread.currentThread().getName(), e);
            }
        });
        t.setName(name);
        threads.add(t);
        t.start();
    }

    boolean running() {
        return running;
    }

    @Override
    public void setMicrophoneMuted(boolean muted) {
        microphoneMuted = muted;
    }

    @Override
    public void setSpeakerMuted(boolean muted) {
        speakerMuted = muted;
    }

    @Override
    public void sendDtmf(char digit) {
        if (TelephoneEventSender.eventCode(digit) >= 0 && running) {
            digits.offer(digit);
        }
    }

    @Override
    public void playKeyTone(char digit) {
        if (TelephoneEventSender.eventCode(digit) >= 0 && running) {
            keyTones.offer(digit);
        }
    }

    @Override
    public void addTap(AudioTap tap) {
        taps.add(Objects.requireNonNull(tap, "tap"));
    }

    @Override
    public void removeTap(AudioTap tap) {
        taps.remove(tap);
    }

    @Override
    public MediaStatistics statistics() {
        JitterStatistics j = jitter.statistics();
        return new MediaStatistics(packetsSent, j.received(), j.lost(), j.late(), j.jitterMillis());
    }

    /** Runs on whichever thread receives RTCP (only ever one). */
    void onRtcp(byte[] data, int length, long nowNanos) {
        if (!rtcpReader.read(data, 0, length, packetizer.ssrc())) {
            return;
        }
        if (rtcpReader.hasSenderReport()) {
            lastSenderReport = (NtpTime.middle32(rtcpReader.senderNtpTime()) << 32) | NtpTime.nanosToCompact(nowNanos);
        }
        rtcpReader.reportAboutUs().ifPresent(this::onReportAboutUs);
    }

    private void onReportAboutUs(ReportBlock block) {
        remoteLossPercent = block.lossPercent();
        if (block.lastSenderReport() != 0) {
            long now = NtpTime.middle32(NtpTime.of(Instant.now()));
            long rtt = (now - block.lastSenderReport() - block.delaySinceLastSenderReport()) & 0xFFFFFFFFL;
            roundTripMillis = NtpTime.compactToMillis(rtt);
        }
    }

    /** Our report block about the far end, echoing its last SR as LSR/DLSR (RFC 3550 §6.4.1). */
    Optional<ReportBlock> reportBlock(long nowNanos) {
        long word = lastSenderReport;
        long lsr = word >>> 32;
        long dlsr = word == 0 ? 0 : (NtpTime.nanosToCompact(nowNanos) - (word & 0xFFFFFFFFL)) & 0xFFFFFFFFL;
        return jitter.takeReportBlock(lsr, dlsr);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ConferenceLeg bridged = leg;
        if (bridged != null) {
            bridged.bridge().split(); // the other member gets its devices back
        }
        running = false;
        boolean own = threads.contains(Thread.currentThread());
        if (!own && !threads.isEmpty()) {
            join(threads.getFirst()); // the send loop says BYE before the transport goes
        }
        closeQuietly(transport); // unblocks the receive loops at once
        if (!own) {
            threads.forEach(RtpSession::join);
            if (threads.stream().anyMatch(Thread::isAlive)) {
                // a device stuck in native code: pull it out from under its thread
                LOG.warn("audio threads of call {} did not stop in time; closing their devices", callId);
                capture.close();
                playback.close();
                threads.forEach(Thread::interrupt);
            }
        }
        onClosed.accept(this);
        logSummary();
        events.emit(new MediaEvent.Stopped(callId));
    }

    /** Once per call: what support needs to judge a complaint about audio quality. */
    private void logSummary() {
        JitterStatistics j = jitter.statistics();
        LOG.info("call {} audio {}: sent {}, received {}, lost {}, late {}, jitter {} ms, buffer {} ms, "
                        + "far end lost {} %, round trip {} ms", callId, media.codec(), packetsSent, j.received(),
                j.lost(), j.late(), Math.round(j.jitterMillis()), j.targetDelayMillis(), remoteLossPercent,
                roundTripMillis < 0 ? "?" : roundTripMillis);
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(MediaTransport transport) {
        try {
            transport.close();
        } catch (RuntimeException e) {
            LOG.debug("transport close failed", e);
        }
    }
}
