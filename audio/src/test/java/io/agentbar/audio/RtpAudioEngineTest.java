package io.agentbar.audio;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.device.WavFileCapture;
import io.agentbar.audio.device.WavFileRecorder;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Tones;
import io.agentbar.audio.testing.UdpTransport;
import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;
import io.agentbar.audio.wav.WavWriter;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaStatistics;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two phones in one process over real loopback UDP: A's microphone plays a 440 Hz file, B's
 * 1000 Hz; each speaker records. Real time: the test waits until each side has played a second
 * of audible sound, then hangs up and listens to the recordings.
 */
@Tag("realtime")
class RtpAudioEngineTest {
    private static final int AUDIBLE_FRAMES = 50;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Codec.class, names = {"OPUS", "PCMU"})
    void twoPhonesHearEachOther(Codec codec) throws Exception {
        Path toneA = tone(440, "a.wav");
        Path toneB = tone(1000, "b.wav");
        Path heardByA = dir.resolve("heard-by-a.wav");
        Path heardByB = dir.resolve("heard-by-b.wav");
        CountDownLatch aHears = new CountDownLatch(AUDIBLE_FRAMES);
        CountDownLatch bHears = new CountDownLatch(AUDIBLE_FRAMES);
        List<MediaEvent> eventsA = new CopyOnWriteArrayList<>();
        List<MediaEvent> eventsB = new CopyOnWriteArrayList<>();
        PayloadFormat format = codec == Codec.OPUS ? PayloadFormat.opus(111) : PayloadFormat.staticFormat(codec);

        try (RtpAudioEngine a = engine(toneA, heardByA, aHears);
             RtpAudioEngine b = engine(toneB, heardByB, bHears);
             UdpTransport ta = UdpTransport.open();
             UdpTransport tb = UdpTransport.open()) {
            ta.connect(tb.localRtp(), tb.localRtcp());
            tb.connect(ta.localRtp(), ta.localRtcp());
            MediaSession sa = a.start("call-a", media(format, tb), ta, eventsA::add);
            MediaSession sb = b.start("call-b", media(format, ta), tb, eventsB::add);

            assertThat(aHears.await(10, TimeUnit.SECONDS)).as("A heard a second of B").isTrue();
            assertThat(bHears.await(10, TimeUnit.SECONDS)).as("B heard a second of A").isTrue();
            MediaStatistics statsA = sa.statistics();
            sa.close();
            sb.close();
            sa.close(); // idempotent

            assertThat(statsA.packetsSent()).isGreaterThan(AUDIBLE_FRAMES);
            assertThat(statsA.packetsReceived()).isGreaterThan(AUDIBLE_FRAMES);
            assertThat(statsA.packetsLost()).isZero();
        }

        assertThat(eventsA).startsWith(new MediaEvent.FirstPacketReceived("call-a"))
                .endsWith(new MediaEvent.Stopped("call-a"))
                .filteredOn(e -> e instanceof MediaEvent.Stopped).hasSize(1);
        assertThat(eventsB).contains(new MediaEvent.FirstPacketReceived("call-b"), new MediaEvent.Stopped("call-b"));
        assertHears(heardByA, 1000, 440);
        assertHears(heardByB, 440, 1000);
    }

    private static void assertHears(Path recording, double expected, double other) throws IOException {
        short[] s = WavReader.read(recording).samples();
        // the last 800 ms that were surely audible: skip the final frames (hang-up, concealment)
        int length = 40 * PcmFormat.FRAME_SAMPLES;
        int from = s.length - length - 5 * PcmFormat.FRAME_SAMPLES;
        assertThat(from).isPositive();
        double wanted = Tones.power(s, from, length, expected, 48_000);
        assertThat(Tones.amplitude(s, from, length, expected, 48_000)).as("level of %s Hz", expected).isGreaterThan(0.15);
        assertThat(Tones.power(s, from, length, other, 48_000)).as("own %s Hz tone", other).isLessThan(wanted / 1000);
    }

    private RtpAudioEngine engine(Path microphone, Path speaker, CountDownLatch audible) {
        DeviceFactory devices = DeviceFactory.of(id -> new WavFileCapture(microphone),
                id -> new Audible(new WavFileRecorder(speaker), audible));
        return new RtpAudioEngine(devices, AudioSettings.defaults().withCodecs(List.of(Codec.OPUS, Codec.PCMU)));
    }

    private static NegotiatedMedia media(PayloadFormat format, UdpTransport remote) {
        return new NegotiatedMedia(format, Optional.of(PayloadFormat.telephoneEvent(101)), remote.localRtp(),
                remote.localRtcp(), MediaDirection.SENDRECV, 20);
    }

    private Path tone(double frequency, String name) throws IOException {
        Path file = dir.resolve(name);
        WavWriter.write(file, new PcmAudio(48_000, 1, Tones.sine(frequency, 48_000, 48_000, 0.4)));
        return file;
    }

    /** Counts the frames a speaker was given that carried sound. */
    private record Audible(PlaybackDevice device, CountDownLatch latch) implements PlaybackDevice {
        @Override
        public String name() {
            return device.name();
        }

        @Override
        public void open() throws AudioDeviceException {
            device.open();
        }

        @Override
        public void write(short[] frame) throws AudioDeviceException {
            device.write(frame);
            if (Tones.rms(frame, 0, frame.length) > 0.05) {
                latch.countDown();
            }
        }

        @Override
        public void close() {
            device.close();
        }
    }
}
