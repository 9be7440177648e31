package io.agentbar.audio;

import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.pcm.FrameRing;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.media.Conference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Local mixing of several calls with the agent. The bridge takes the agent's microphone and
 * speaker from its members (each member's loops close their own devices while bridged and open
 * fresh ones after the split) and, once per microphone frame, mixes with saturating 16-bit sums:
 *
 * <pre>
 *  mix thread (paced by the microphone):
 *    mic ─► agent;  each leg.take ─► r[i]
 *    leg i is sent   agent (unless its mute says no) + Σ r[j], j ≠ i
 *    the agent hears Σ r[i] over the members whose speaker is not muted, + key tones ─► speaker ring
 *    each leg's recording gets agent │ Σ r[i]
 *  speaker thread (paced by the speaker): speaker ring ─► speaker
 * </pre>
 *
 * Each member keeps its codec, jitter buffer, RTP and statistics. The members' mute flags mean, while
 * bridged: microphone muted = this call does not get the agent's voice (the other far ends still hear
 * each other); speaker muted = the agent does not hear this call.
 */
final class ConferenceBridge implements Conference {
    private static final Logger LOG = LoggerFactory.getLogger(ConferenceBridge.class);
    private static final int FRAME = PcmFormat.FRAME_SAMPLES;
    private static final int MAX_SKEW_FRAMES = 3;
    private static final long JOIN_MILLIS = 1000;

    private final String id;
    private final ConferenceLeg[] legs;
    private final GuardedCapture microphone;
    private final GuardedPlayback speaker;
    private final ThreadFactory threadFactory;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicBoolean split = new AtomicBoolean();
    private final FrameRing toSpeaker = new FrameRing(8, FRAME);
    private final DtmfTone keyTone = DtmfTone.keyTone();
    // the mix thread's scratch
    private final short[] agent = new short[FRAME];
    private final short[] silence = new short[FRAME];
    private final short[][] received;
    private final int[] all = new int[FRAME];
    private final short[] heard = new short[FRAME];
    private final short[] send = new short[FRAME];
    // the speaker thread's
    private final short[] out = new short[FRAME];
    private volatile boolean running = true;

    ConferenceBridge(String id, List<RtpSession> members, DeviceFactory devices, ThreadFactory threads) {
        this.id = id;
        this.legs = members.stream().map(m -> new ConferenceLeg(m, this)).toArray(ConferenceLeg[]::new);
        this.received = new short[legs.length][FRAME];
        this.threadFactory = threads;
        EventSink events = members.getFirst().events; // a failed device is reported on the first call
        this.microphone = new GuardedCapture(id, devices.capture(id), events, this::running);
        this.speaker = new GuardedPlayback(id, devices.playback(id), events, this::running);
    }

    void start() {
        for (ConferenceLeg leg : legs) {
            leg.session.leg = leg;
        }
        spawn("audio-mix " + id, this::mixLoop);
        spawn("audio-speaker " + id, this::speakerLoop);
        LOG.info("conference {} started with {} calls", id, legs.length);
    }

    boolean running() {
        return running;
    }

    private void mixLoop() {
        microphone.open();
        try {
            while (running) {
                microphone.read(agent);
                mix();
            }
        } finally {
            microphone.close();
        }
    }

    private void mix() {
        java.util.Arrays.fill(all, 0);
        for (int i = 0; i < legs.length; i++) {
            legs[i].take(received[i]);
            add(all, received[i]);
        }
        saturate(all, heard);
        toSpeaker();
        for (int i = 0; i < legs.length; i++) {
            short[] voice = legs[i].session.microphoneMuted ? silence : agent;
            short[] own = received[i];
            for (int s = 0; s < FRAME; s++) {
                send[s] = clamp(voice[s] + all[s] - own[s]);
            }
            legs[i].offer(send, voice, heard);
        }
    }

    /** What the agent hears: the members not muted at the speaker, and the key tones of any of them. */
    private void toSpeaker() {
        if (toSpeaker.full()) {
            return; // the speaker thread stalled
        }
        short[] slot = toSpeaker.writeSlot();
        java.util.Arrays.fill(slot, (short) 0);
        for (int i = 0; i < legs.length; i++) {
            RtpSession member = legs[i].session;
            if (!member.speakerMuted) {
                short[] r = received[i];
                for (int s = 0; s < FRAME; s++) {
                    slot[s] = clamp(slot[s] + r[s]);
                }
            }
            if (keyTone.idle()) {
                Character key = member.keyTones.poll();
                if (key != null) {
                    keyTone.start(key);
                }
            }
        }
        keyTone.add(slot);
        toSpeaker.commit();
    }

    private void speakerLoop() {
        speaker.open();
        try {
            while (running) {
                while (toSpeaker.size() > MAX_SKEW_FRAMES) {
                    toSpeaker.release();
                }
                if (toSpeaker.empty()) {
                    java.util.Arrays.fill(out, (short) 0);
                } else {
                    System.arraycopy(toSpeaker.readSlot(), 0, out, 0, FRAME);
                    toSpeaker.release();
                }
                speaker.write(out);
            }
        } finally {
            speaker.close();
        }
    }

    private static void add(int[] sum, short[] frame) {
        for (int s = 0; s < FRAME; s++) {
            sum[s] += frame[s];
        }
    }

    private static void saturate(int[] sum, short[] into) {
        for (int s = 0; s < FRAME; s++) {
            into[s] = clamp(sum[s]);
        }
    }

    static short clamp(int sample) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
    }

    /** Gives every member its own devices back and stops the bridge's threads. */
    @Override
    public void split() {
        if (!split.compareAndSet(false, true)) {
            return;
        }
        for (ConferenceLeg leg : legs) {
            if (leg.session.leg == leg) {
                leg.session.leg = null;
            }
            leg.wake();
        }
        running = false;
        if (!threads.contains(Thread.currentThread())) {
            for (Thread t : threads) {
                join(t);
            }
            if (threads.stream().anyMatch(Thread::isAlive)) {
                LOG.warn("conference {} threads did not stop in time; closing their devices", id);
                microphone.close();
                speaker.close();
                threads.forEach(Thread::interrupt);
            }
        }
        LOG.info("conference {} split", id);
    }

    private void spawn(String name, Runnable loop) {
        Thread t = threadFactory.newThread(() -> {
            try {
                loop.run();
            } catch (RuntimeException | Error e) {
                LOG.error("{} crashed", Thread.currentThread().getName(), e);
            }
        });
        t.setName(name);
        threads.add(t);
        t.start();
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
