package io.agentbar.audio;

import io.agentbar.audio.codec.AudioCodecs;
import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.core.media.AudioEngine;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.Conference;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.NegotiatedMedia;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * The audio engine: one {@link RtpSession} per call, each with its own devices from the
 * {@link DeviceFactory} and its own threads from the {@link ThreadFactory}.
 */
public final class RtpAudioEngine implements AudioEngine {
    private final DeviceFactory devices;
    private final AudioSettings settings;
    private final ThreadFactory threads;
    private final Set<RtpSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Default settings and high-priority daemon platform threads. */
    public RtpAudioEngine(DeviceFactory devices) {
        this(devices, AudioSettings.defaults());
    }

    public RtpAudioEngine(DeviceFactory devices, AudioSettings settings) {
        this(devices, settings, audioThreads());
    }

    /**
     * @param threads makes the threads of each call (send, receive, playout, RTCP); the engine
     *                names them. Use platform threads: audio loops block in device I/O.
     */
    public RtpAudioEngine(DeviceFactory devices, AudioSettings settings, ThreadFactory threads) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    /** Daemon platform threads at maximum priority: the audio loops must not queue behind the UI. */
    public static ThreadFactory audioThreads() {
        return Thread.ofPlatform().daemon().priority(Thread.MAX_PRIORITY).name("audio-", 0).factory();
    }

    @Override
    public List<Codec> codecs() {
        return settings.codecs();
    }

    /**
     * @throws IllegalArgumentException when {@code media} names a codec this engine cannot run
     * @throws IllegalStateException    after {@link #close()}
     */
    @Override
    public MediaSession start(String callId, NegotiatedMedia media, MediaTransport transport,
                              Consumer<MediaEvent> events) {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(events, "events");
        if (closed) {
            throw new IllegalStateException("audio engine is closed");
        }
        if (!AudioCodecs.supports(media.codec())) {
            throw new IllegalArgumentException("cannot run " + media.codec() + " as call audio");
        }
        RtpSession session = new RtpSession(callId, media, transport, events, settings, devices, threads,
                sessions::remove);
        sessions.add(session);
        session.start();
        return session;
    }

    /**
     * Mixes two running calls of this engine with the agent; see {@link ConferenceBridge}.
     *
     * @throws IllegalArgumentException when a session is not a running one of this engine, or both are the same
     * @throws IllegalStateException    when a session is in a conference already
     */
    @Override
    public Conference conference(MediaSession a, MediaSession b) {
        if (!(a instanceof RtpSession first) || !(b instanceof RtpSession second) || first == second
                || !sessions.contains(first) || !sessions.contains(second)) {
            throw new IllegalArgumentException("a conference needs two running calls of this engine");
        }
        if (first.leg != null || second.leg != null) {
            throw new IllegalStateException("a call is in a conference already");
        }
        ConferenceBridge bridge = new ConferenceBridge("conference-" + first.callId, List.of(first, second),
                devices, threads);
        bridge.start();
        return bridge;
    }

    /** Stops every running call's audio. */
    @Override
    public void close() {
        closed = true;
        for (RtpSession s : List.copyOf(sessions)) {
            s.close();
        }
    }
}
