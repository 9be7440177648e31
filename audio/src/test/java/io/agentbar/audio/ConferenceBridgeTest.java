package io.agentbar.audio;

import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.ToneCapture;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Listener;
import io.agentbar.audio.testing.Tones;
import io.agentbar.audio.testing.UdpTransport;
import io.agentbar.core.media.AudioTap;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.Conference;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Three phones in one process over loopback UDP: A's microphone plays 440 Hz, B's 1000 Hz, the
 * agent's 700 Hz; the agent has a call with each. In the conference each party must hear the
 * other two and not itself; after the split, each call is one-to-one again.
 */
@Tag("realtime")
class ConferenceBridgeTest {
    private static final int FRAMES = 40;
    private static final double A = 440;
    private static final double B = 1000;
    private static final double AGENT = 700;

    private final Listener earA = new Listener("a");
    private final Listener earB = new Listener("b");
    /** The speakers the agent's engine opened and the test did not look at yet, by the id they were opened for. */
    private final Map<String, BlockingQueue<Listener>> agentSpeakers = new ConcurrentHashMap<>();
    private final List<AutoCloseable> open = new java.util.ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    @Test
    void eachPartyHearsTheOtherTwoAndTheSplitRestoresOneToOne() throws Exception {
        RtpAudioEngine agent = keep(new RtpAudioEngine(DeviceFactory.of(id -> new ToneCapture(AGENT), id -> {
            Listener l = new Listener(id);
            speakers(id).add(l);
            return l;
        }), settings()));
        MediaSession toA = call(agent, "call-a", engine(A, earA));
        MediaSession toB = call(agent, "call-b", engine(B, earB));
        Listener agentHearsA = speaker("call-a");
        Listener agentHearsB = speaker("call-b");
        awaitAudible(agentHearsA, earA);
        assertHears(agentHearsA.last(FRAMES), A, A, B, AGENT);

        Recorded recording = new Recorded(50);
        Conference conference = agent.conference(toA, toB);
        CountDownLatch heardA = earA.expectAudible(50);
        CountDownLatch heardB = earB.expectAudible(50);
        Listener agentHears = speaker("conference-call-a");
        CountDownLatch heardByAgent = agentHears.expectAudible(50);
        toA.addTap(recording);
        await(heardA, heardB, heardByAgent, recording.done);

        assertHears(earA.last(FRAMES), AGENT, B, A);
        assertHears(earB.last(FRAMES), AGENT, A, B);
        assertHears(agentHears.last(FRAMES), A, B, AGENT);
        assertHears(recording.agent(), AGENT, AGENT, A, B);
        assertHears(recording.customer(), A, B, AGENT);
        assertThatThrownBy(() -> agent.conference(toA, toB)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> agent.conference(toA, toA)).isInstanceOf(IllegalArgumentException.class);

        conference.split();
        conference.split(); // idempotent
        Listener againA = speaker("call-a");
        Listener againB = speaker("call-b");
        await(earA.expectAudible(50), earB.expectAudible(50), againA.expectAudible(50), againB.expectAudible(50));
        assertHears(earA.last(FRAMES), AGENT, AGENT, B);
        assertHears(earB.last(FRAMES), AGENT, AGENT, A);
        assertHears(againA.last(FRAMES), A, A, B, AGENT);
        assertHears(againB.last(FRAMES), B, B, A, AGENT);
    }

    @Test
    void closingAMemberEndsTheConferenceAndTheOtherCallKeepsTalking() throws Exception {
        RtpAudioEngine agent = keep(new RtpAudioEngine(DeviceFactory.of(id -> new ToneCapture(AGENT), id -> {
            Listener l = new Listener(id);
            speakers(id).add(l);
            return l;
        }), settings()));
        MediaSession toA = call(agent, "call-a", engine(A, earA));
        MediaSession toB = call(agent, "call-b", engine(B, earB));
        speaker("call-a");
        speaker("call-b");
        agent.conference(toA, toB);
        speaker("conference-call-a");
        await(earA.expectAudible(50));
        assertHears(earA.last(FRAMES), AGENT, B, A);

        toB.close();
        Listener againA = speaker("call-a");
        await(earA.expectAudible(50), againA.expectAudible(50));
        assertHears(earA.last(FRAMES), AGENT, AGENT, B);
        assertHears(againA.last(FRAMES), A, A, B, AGENT);
    }

    /**
     * Asserts {@code wanted} tones are clearly present and every {@code absent} one at least 30 dB below
     * the first. "Present" is over a quarter of the tones' level (0.3): on a loaded machine a window can hold a few
     * concealed frames (jitter before the buffer settles), which lowers the level but not the 30 dB gap.
     */
    private static void assertHears(short[] s, double first, double second, double... absent) {
        double reference = Tones.power(s, 0, s.length, first, PcmFormat.SAMPLE_RATE);
        for (double f : new double[] {first, second}) {
            assertThat(Tones.amplitude(s, 0, s.length, f, PcmFormat.SAMPLE_RATE)).as("level of %s Hz", f)
                    .isGreaterThan(0.08);
        }
        for (double f : absent) {
            assertThat(Tones.power(s, 0, s.length, f, PcmFormat.SAMPLE_RATE)).as("level of %s Hz", f)
                    .isLessThan(reference / 1000);
        }
    }

    private static void await(CountDownLatch... latches) throws InterruptedException {
        for (CountDownLatch l : latches) {
            assertThat(l.await(10, TimeUnit.SECONDS)).as("audible frames within 10 s").isTrue();
        }
    }

    private static void awaitAudible(Listener... listeners) throws InterruptedException {
        for (Listener l : listeners) {
            await(l.expectAudible(50));
        }
    }

    /** The next speaker the agent's engine opens for {@code id}. */
    private Listener speaker(String id) throws InterruptedException {
        Listener next = speakers(id).poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no speaker opened for " + id);
        }
        return next;
    }

    private BlockingQueue<Listener> speakers(String id) {
        return agentSpeakers.computeIfAbsent(id, k -> new LinkedBlockingQueue<>());
    }

    /** A call from the agent to a far-end phone with its own engine; returns the agent's side. */
    private MediaSession call(RtpAudioEngine agent, String id, RtpAudioEngine far) {
        UdpTransport ours = keep(UdpTransport.open());
        UdpTransport theirs = keep(UdpTransport.open());
        ours.connect(theirs.localRtp(), theirs.localRtcp());
        theirs.connect(ours.localRtp(), ours.localRtcp());
        keep(far.start(id + "-far", media(ours), theirs, e -> { }));
        return keep(agent.start(id, media(theirs), ours, e -> { }));
    }

    private RtpAudioEngine engine(double tone, Listener ear) {
        return keep(new RtpAudioEngine(DeviceFactory.of(id -> new ToneCapture(tone), id -> ear), settings()));
    }

    private static AudioSettings settings() {
        return AudioSettings.defaults().withCodecs(List.of(Codec.PCMU));
    }

    private static NegotiatedMedia media(UdpTransport remote) {
        return new NegotiatedMedia(PayloadFormat.staticFormat(Codec.PCMU), Optional.empty(), remote.localRtp(),
                remote.localRtcp(), MediaDirection.SENDRECV, 20);
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }

    /** A recording tap: the first {@code frames} frames of each side. */
    private static final class Recorded implements AudioTap {
        private final short[] agent;
        private final short[] customer;
        private final CountDownLatch done;
        private int frames;

        Recorded(int frames) {
            this.agent = new short[frames * PcmFormat.FRAME_SAMPLES];
            this.customer = new short[frames * PcmFormat.FRAME_SAMPLES];
            this.done = new CountDownLatch(1);
        }

        @Override
        public void frame(short[] a, short[] c) {
            if (done.getCount() == 0) {
                return;
            }
            System.arraycopy(a, 0, agent, frames * PcmFormat.FRAME_SAMPLES, PcmFormat.FRAME_SAMPLES);
            System.arraycopy(c, 0, customer, frames * PcmFormat.FRAME_SAMPLES, PcmFormat.FRAME_SAMPLES);
            if (++frames * PcmFormat.FRAME_SAMPLES == agent.length) {
                done.countDown();
            }
        }

        /** The last 40 frames: the first ones may still be the jitter buffer's start. */
        short[] agent() {
            return java.util.Arrays.copyOfRange(agent, agent.length - FRAMES * PcmFormat.FRAME_SAMPLES, agent.length);
        }

        short[] customer() {
            return java.util.Arrays.copyOfRange(customer, customer.length - FRAMES * PcmFormat.FRAME_SAMPLES,
                    customer.length);
        }
    }
}
