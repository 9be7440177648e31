package io.agentbar.audio.alert;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.alert.AlertSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The ringer on a software speaker clocked in real time: what is heard, and that the device is let go. */
@Tag("realtime")
class ToneRingerTest {
    private static final int N = PcmFormat.FRAME_SAMPLES;
    private final BlockingQueue<short[]> heard = new LinkedBlockingQueue<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private ToneRinger ringer;

    /** A speaker paced like a real one that keeps every frame for the test. */
    private final class Speaker implements PlaybackDevice {
        private final NullPlayback clock = new NullPlayback();
        private volatile boolean open;

        @Override
        public String name() {
            return "test ringtone speaker";
        }

        @Override
        public void open() {
            opened.incrementAndGet();
            open = true;
            clock.open();
        }

        @Override
        public void write(short[] frame) throws AudioDeviceException {
            synchronized (this) { // so that no frame is kept once close() has returned
                if (!open) {
                    throw new AudioDeviceException("closed");
                }
                heard.add(frame.clone());
            }
            clock.write(frame);
        }

        @Override
        public void close() {
            synchronized (this) {
                open = false;
            }
            closed.countDown();
        }
    }

    @AfterEach
    void closeRinger() {
        if (ringer != null) {
            ringer.close();
        }
    }

    @Test
    void autoAnswerBeepsAreHeardThenSilenceLetsTheDeviceGo() throws Exception {
        ringer = new ToneRinger(Speaker::new, 0.8);
        ringer.play(AlertSignal.AUTO_ANSWER_BEEPS);
        short[] first = next();
        assertThat(Tones.amplitude(first, 0, N, 1000, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.2);
        int beepFrames = 1;
        while (Tones.rms(next(), 0, N) > 0) {
            beepFrames++;
        }
        assertThat(beepFrames).as("120 ms").isEqualTo(6);
        ringer.play(AlertSignal.SILENCE);
        assertThat(closed.await(2, TimeUnit.SECONDS)).as("the device is released").isTrue();
        heard.clear();
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).as("nothing plays after silence").isNull();
    }

    @Test
    void eachSignalGetsAFreshDeviceAndTheRightTone() throws Exception {
        ringer = new ToneRinger(Speaker::new, 1);
        ringer.play(AlertSignal.AUTO_ANSWER_BEEPS);
        next();
        ringer.play(AlertSignal.RING);
        short[] frame = next();
        for (int i = 0; i < 5 && Tones.amplitude(frame, 0, N, 440, PcmFormat.SAMPLE_RATE) < 0.1; i++) {
            frame = next(); // beep frames already on their way
        }
        assertThat(Tones.amplitude(frame, 0, N, 480, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.1);
        assertThat(opened.get()).isEqualTo(2);
    }

    @Test
    void aMissingDeviceIsReportedNotThrown() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        ringer = new ToneRinger(() -> new PlaybackDevice() {
            @Override
            public String name() {
                return "unplugged headset";
            }

            @Override
            public void open() throws AudioDeviceException {
                tried.countDown();
                throw new AudioDeviceException("no such device");
            }

            @Override
            public void write(short[] frame) {
            }

            @Override
            public void close() {
            }
        }, 1);
        ringer.play(AlertSignal.RING);
        assertThat(tried.await(2, TimeUnit.SECONDS)).isTrue();
        ringer.play(AlertSignal.SILENCE); // still usable
    }

    private short[] next() throws InterruptedException {
        short[] frame = heard.poll(2, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 2 s").isNotNull();
        return frame;
    }
}
