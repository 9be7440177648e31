package io.agentbar.audio.playback;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.recording.PlaybackState;
import io.agentbar.core.recording.RecordingEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Recordings written by the module's own recorder, played on a software speaker clocked in real time. */
@Tag("realtime")
class FilePlayerTest {
    private static final int N = PcmFormat.FRAME_SAMPLES;
    private final BlockingQueue<PlaybackState> states = new LinkedBlockingQueue<>();
    private final List<TestSpeaker> speakers = new ArrayList<>();
    private final FilePlayer player = new FilePlayer(() -> {
        TestSpeaker s = new TestSpeaker();
        speakers.add(s);
        return s;
    });

    @TempDir
    Path dir;

    {
        player.subscribe(states::add);
    }

    @AfterEach
    void close() {
        player.close();
    }

    @Test
    void theAgentHearsBothSidesOfAnOpusRecordingToItsEnd() throws Exception {
        Path file = TwoToneRecording.write(dir.resolve("call.opus"), RecordingFormat.OGG_OPUS, 100);

        short[] heard = playToEnd(file);

        assertThat(heard.length / N).as("2 s in 20 ms frames").isEqualTo(100);
        assertBothTones(heard, N * 10, N * 80);
    }

    @Test
    void aWavRecordingPlaysToo() throws Exception {
        Path file = TwoToneRecording.write(dir.resolve("call.wav"), RecordingFormat.WAV, 50);

        short[] heard = playToEnd(file);

        assertThat(heard.length / N).isEqualTo(50);
        assertBothTones(heard, 0, heard.length);
    }

    @Test
    void aFileCutInsideAPagePlaysUpToTheCut() throws Exception {
        Path whole = TwoToneRecording.write(dir.resolve("whole.opus"), RecordingFormat.OGG_OPUS, 150);
        byte[] bytes = Files.readAllBytes(whole);
        List<Integer> pages = OggFiles.pageStarts(bytes);
        // head, tags, one second of audio, then the cut 100 bytes into the second second
        Path cut = Files.write(dir.resolve("cut.opus"), java.util.Arrays.copyOf(bytes, pages.get(3) + 100));

        short[] heard = playToEnd(cut);

        assertThat(heard.length / N).as("the first second, less the encoder's pre-skip, padded to a frame")
                .isEqualTo(50);
        assertBothTones(heard, N * 5, N * 40);
        assertThat(RecordingLength.of(cut)).hasValueSatisfying(d -> assertThat(d.toMillis()).isBetween(990L, 1000L));
    }

    @Test
    void aPageWithABadChecksumIsSkippedAndTheRestPlays() throws Exception {
        Path file = TwoToneRecording.write(dir.resolve("damaged.opus"), RecordingFormat.OGG_OPUS, 150);
        byte[] bytes = Files.readAllBytes(file);
        int secondSecond = OggFiles.pageStarts(bytes).get(3);
        bytes[secondSecond + 500] ^= 0x5A;
        Files.write(file, bytes);

        short[] heard = playToEnd(file);

        assertThat(heard.length / N).as("three seconds less the damaged one").isBetween(99, 102);
        assertBothTones(heard, heard.length - 40 * N, 30 * N);
    }

    @Test
    void stopSilencesAtOnceAndLetsTheSpeakerGo() throws Exception {
        Path file = TwoToneRecording.write(dir.resolve("long.opus"), RecordingFormat.OGG_OPUS, 150);
        player.play(entry(file));
        assertThat(next()).isEqualTo(new PlaybackState.Playing(file));
        TestSpeaker speaker = speakers.getFirst();
        assertThat(speaker.heard.poll(2, TimeUnit.SECONDS)).isNotNull();

        player.stop();

        assertThat(next()).isEqualTo(new PlaybackState.Idle());
        assertThat(speaker.closed.await(2, TimeUnit.SECONDS)).isTrue();
        speaker.heard.clear();
        assertThat(speaker.heard.poll(200, TimeUnit.MILLISECONDS)).as("nothing plays after stop").isNull();
        assertThat(states.poll(200, TimeUnit.MILLISECONDS)).as("no late state from the stopped play").isNull();
    }

    @Test
    void playingAnotherRecordingReplacesTheFirstWithoutAnIdleBetween() throws Exception {
        Path first = TwoToneRecording.write(dir.resolve("first.opus"), RecordingFormat.OGG_OPUS, 150);
        Path second = TwoToneRecording.write(dir.resolve("second.opus"), RecordingFormat.OGG_OPUS, 25);
        player.play(entry(first));
        player.play(entry(second));

        assertThat(next()).isEqualTo(new PlaybackState.Playing(first));
        assertThat(next()).isEqualTo(new PlaybackState.Playing(second));
        assertThat(next()).as("only the second play's end").isEqualTo(new PlaybackState.Idle());
        assertThat(speakers.getFirst().closed.getCount()).isZero();
    }

    @Test
    void aFileThatIsNotAudioFailsWithAReason() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.opus"), "not audio at all");
        player.play(entry(junk));

        assertThat(next()).isEqualTo(new PlaybackState.Playing(junk));
        assertThat(next()).isInstanceOfSatisfying(PlaybackState.Failed.class,
                f -> assertThat(f.reason()).contains("cannot be read"));
    }

    private short[] playToEnd(Path file) throws Exception {
        player.play(entry(file));
        assertThat(next()).isEqualTo(new PlaybackState.Playing(file));
        assertThat(states.poll(10, TimeUnit.SECONDS)).as("played to the end").isEqualTo(new PlaybackState.Idle());
        List<short[]> frames = new ArrayList<>();
        speakers.getLast().heard.drainTo(frames);
        short[] all = new short[frames.size() * N];
        for (int i = 0; i < frames.size(); i++) {
            System.arraycopy(frames.get(i), 0, all, i * N, N);
        }
        return all;
    }

    private PlaybackState next() throws InterruptedException {
        PlaybackState s = states.poll(5, TimeUnit.SECONDS);
        assertThat(s).as("a playback state within 5 s").isNotNull();
        return s;
    }

    private RecordingEntry entry(Path file) {
        return new RecordingEntry(file, "", "1002", "", Optional.empty(), Instant.EPOCH, Duration.ZERO, "OGG_OPUS",
                RecordingEntry.Upload.UNKNOWN, RecordingEntry.Completion.COMPLETE);
    }

    /** The agent's and the customer's tones are both clearly there: mixed, not one side only. */
    private static void assertBothTones(short[] heard, int from, int length) {
        assertThat(Tones.amplitude(heard, from, length, TwoToneRecording.AGENT_HZ, 48_000)).as("agent's tone")
                .isGreaterThan(0.25);
        assertThat(Tones.amplitude(heard, from, length, TwoToneRecording.CUSTOMER_HZ, 48_000)).as("customer's tone")
                .isGreaterThan(0.25);
    }
}
