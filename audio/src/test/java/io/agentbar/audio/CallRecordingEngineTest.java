package io.agentbar.audio;

import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.WavFileCapture;
import io.agentbar.audio.recording.CallRecordings;
import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.audio.recording.RecordingMetadata;
import io.agentbar.audio.recording.RecordingStart;
import io.agentbar.audio.testing.Tones;
import io.agentbar.audio.testing.UdpTransport;
import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;
import io.agentbar.audio.wav.WavWriter;
import io.agentbar.core.media.AudioTap;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two phones over loopback UDP, each recording its call through the engine's tap: A speaks
 * 440 Hz and B 1000 Hz, so each file must hold its own tone on the left and the other's on the right.
 */
@Tag("realtime")
class CallRecordingEngineTest {
    private static final int HEARD_FRAMES = 75;
    private static final int FRAME = 960;
    private static final int ANALYSED_FRAMES = 50;

    @TempDir
    Path dir;

    @Test
    void eachPhoneRecordsItselfLeftAndThePeerRight() throws Exception {
        Path fileA = dir.resolve("a.wav");
        Path fileB = dir.resolve("b.wav");
        CountDownLatch aHeard = new CountDownLatch(HEARD_FRAMES);
        CountDownLatch bHeard = new CountDownLatch(HEARD_FRAMES);
        PayloadFormat opus = PayloadFormat.opus(111);
        try (RtpAudioEngine a = engine(tone(440, "440.wav"));
             RtpAudioEngine b = engine(tone(1000, "1000.wav"));
             UdpTransport ta = UdpTransport.open();
             UdpTransport tb = UdpTransport.open()) {
            ta.connect(tb.localRtp(), tb.localRtcp());
            tb.connect(ta.localRtp(), ta.localRtcp());
            MediaSession sa = a.start("call-a", media(opus, tb), ta, e -> { });
            MediaSession sb = b.start("call-b", media(opus, ta), tb, e -> { });
            CallRecordings recordingsA = new CallRecordings(sa);
            CallRecordings recordingsB = new CallRecordings(sb);
            assertThat(recordingsA.start(fileA, RecordingFormat.WAV, metadata("call-a")))
                    .isInstanceOf(RecordingStart.Started.class);
            assertThat(recordingsB.start(fileB, RecordingFormat.WAV, metadata("call-b")))
                    .isInstanceOf(RecordingStart.Started.class);
            sa.addTap(heard(aHeard));
            sb.addTap(heard(bHeard));

            assertThat(aHeard.await(10, TimeUnit.SECONDS)).as("A's tap saw 1.5 s of B").isTrue();
            assertThat(bHeard.await(10, TimeUnit.SECONDS)).as("B's tap saw 1.5 s of A").isTrue();
            recordingsA.stopAll().toCompletableFuture().get(10, TimeUnit.SECONDS);
            recordingsB.stopAll().toCompletableFuture().get(10, TimeUnit.SECONDS);
            sa.close();
            sb.close();
        }
        assertSides(WavReader.read(fileA), 440, 1000);
        assertSides(WavReader.read(fileB), 1000, 440);
    }

    /**
     * Frame by frame over the last second, when both directions surely carried sound: the pairing
     * may insert or skip a frame at a clock hiccup, which would smear a tone over a longer window.
     */
    private static void assertSides(PcmAudio recording, double own, double peer) {
        assertThat(recording.channels()).isEqualTo(2);
        short[] s = recording.samples();
        int frames = s.length / 2 / FRAME;
        assertThat(frames).isGreaterThan(ANALYSED_FRAMES);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int f = frames - ANALYSED_FRAMES; f < frames; f++) {
            left.append(dominant(s, f, 0, own, peer));
            right.append(dominant(s, f, 1, peer, own));
        }
        // L: expected tone clearly dominant, x: the other one, .: neither
        assertThat(left.chars().filter(c -> c == 'L').count()).as("agent (left) %s Hz: %s", own, left)
                .isGreaterThanOrEqualTo(ANALYSED_FRAMES * 9 / 10);
        assertThat(right.chars().filter(c -> c == 'L').count()).as("customer (right) %s Hz: %s", peer, right)
                .isGreaterThanOrEqualTo(ANALYSED_FRAMES * 9 / 10);
        assertThat(left.toString() + right).as("swapped sides").doesNotContain("x");
    }

    private static char dominant(short[] stereo, int frame, int channel, double expected, double other) {
        short[] mono = new short[FRAME];
        for (int i = 0; i < FRAME; i++) {
            mono[i] = stereo[2 * (frame * FRAME + i) + channel];
        }
        double wanted = Tones.power(mono, 0, FRAME, expected, 48_000);
        double unwanted = Tones.power(mono, 0, FRAME, other, 48_000);
        if (Tones.amplitude(mono, 0, FRAME, expected, 48_000) > 0.15 && unwanted < wanted / 100) {
            return 'L';
        }
        return Tones.amplitude(mono, 0, FRAME, other, 48_000) > 0.15 && wanted < unwanted / 100 ? 'x' : '.';
    }

    private static AudioTap heard(CountDownLatch latch) {
        return (agent, customer) -> {
            if (Tones.rms(customer, 0, customer.length) > 0.05) {
                latch.countDown();
            }
        };
    }

    private static RecordingMetadata metadata(String callId) {
        return new RecordingMetadata(callId, "201", "202", "engine test");
    }

    private static RtpAudioEngine engine(Path microphone) {
        return new RtpAudioEngine(DeviceFactory.of(id -> new WavFileCapture(microphone), id -> new NullPlayback()));
    }

    private static NegotiatedMedia media(PayloadFormat format, UdpTransport remote) {
        return new NegotiatedMedia(format, Optional.empty(), remote.localRtp(), remote.localRtcp(),
                MediaDirection.SENDRECV, 20);
    }

    private Path tone(double frequency, String name) throws IOException {
        Path file = dir.resolve(name);
        WavWriter.write(file, new PcmAudio(48_000, 1, Tones.sine(frequency, 48_000, 48_000, 0.4)));
        return file;
    }
}
