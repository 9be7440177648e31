package io.agentbar.audio;

import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.device.SilentCapture;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.rtp.RtpPacket;
import io.agentbar.audio.testing.QueueTransport;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A pressed key is heard by the agent through the speaker, and never sent as audio. Real time. */
@Tag("realtime")
class KeyToneTest {
    private static final InetSocketAddress FAR = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5004);
    private final QueueTransport transport = new QueueTransport();
    private final BlockingQueue<short[]> played = new LinkedBlockingQueue<>();
    private RtpAudioEngine engine;

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    /** A speaker that keeps every frame for the test, paced like a real one. */
    private final class Speaker implements PlaybackDevice {
        private final NullPlayback clock = new NullPlayback();

        @Override
        public String name() {
            return "test speaker";
        }

        @Override
        public void open() {
            clock.open();
        }

        @Override
        public void write(short[] frame) {
            played.add(frame.clone());
            clock.write(frame);
        }

        @Override
        public void close() {
        }
    }

    private MediaSession start() {
        engine = new RtpAudioEngine(DeviceFactory.of(id -> new SilentCapture(), id -> new Speaker()),
                AudioSettings.defaults());
        return engine.start("c1", new NegotiatedMedia(PayloadFormat.staticFormat(Codec.PCMU), Optional.empty(), FAR,
                FAR, MediaDirection.SENDRECV, 20), transport, e -> { });
    }

    private short[] nextPlayed() throws InterruptedException {
        short[] frame = played.poll(2, TimeUnit.SECONDS);
        assertThat(frame).as("a frame played within 2 s").isNotNull();
        return frame;
    }

    @Test
    void theAgentHearsTheKeyEvenWithTheSpeakerMutedAndTheFarEndDoesNot() throws Exception {
        MediaSession session = start();
        session.setSpeakerMuted(true);
        nextPlayed();
        session.playKeyTone('1'); // 697 Hz + 1209 Hz
        session.playKeyTone('?'); // not a key: ignored
        int n = PcmFormat.FRAME_SAMPLES;
        short[] frame = nextPlayed();
        for (int i = 0; i < 10 && Tones.rms(frame, 0, n) == 0; i++) {
            frame = nextPlayed(); // frames already on their way before the key was pressed
        }
        assertThat(Tones.amplitude(frame, 0, n, 697, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.03);
        assertThat(Tones.amplitude(frame, 0, n, 1209, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.03);
        int toneFrames = 1;
        while (Tones.rms(nextPlayed(), 0, n) > 0) {
            toneFrames++;
        }
        assertThat(toneFrames).as("about 100 ms").isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(Tones.rms(nextPlayed(), 0, n)).as("one tone only").isZero();
        }

        RtpPacket p = new RtpPacket();
        byte[] sent;
        while ((sent = transport.rtp.sent.poll()) != null) {
            assertThat(p.parse(sent, 0, sent.length)).isTrue();
            for (int i = 0; i < p.payloadLength(); i++) {
                assertThat(p.buffer()[p.payloadOffset() + i] & 0x7F).as("μ-law silence on the wire").isEqualTo(0x7F);
            }
        }
        session.close();
    }
}
