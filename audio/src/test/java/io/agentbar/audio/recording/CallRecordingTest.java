package io.agentbar.audio.recording;

import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pause and resume, the metadata file, WAV, and a writer that falls behind. */
class CallRecordingTest {
    private static final RecordingMetadata METADATA = new RecordingMetadata("call-7", "201", "3471234567", "Sales");
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final StepClock clock = new StepClock(T0);

    @ParameterizedTest
    @EnumSource(RecordingFormat.class)
    void pausedTimeIsLeftOutAndListedInTheMetadata(RecordingFormat format) throws Exception {
        Path file = dir.resolve("paused." + format.extension());
        CallRecording recording = CallRecording.start(file, format, METADATA, clock, CallRecording.writerThreads());
        String initial = Files.readString(recording.metadataFile(), StandardCharsets.UTF_8);
        assertThat(initial).contains("\"state\": \"recording\"", "\"startedAt\": \"2025-03-01T10:00:00Z\"",
                "\"pauses\": []", "\"callId\": \"call-7\"", "\"localNumber\": \"201\"");

        TestFrames frames = new TestFrames(440, 1000);
        frames.feed(recording, 50);
        clock.advance(Duration.ofSeconds(1));
        assertThat(recording.pause()).isTrue();
        assertThat(recording.pause()).as("already paused").isFalse();
        assertThat(recording.state()).isEqualTo(new RecordingState.Paused());
        frames.feed(recording, 50); // not recorded
        clock.advance(Duration.ofSeconds(7));
        assertThat(recording.resume()).isTrue();
        frames.feed(recording, 25);
        clock.advance(Duration.ofMillis(500));
        Recorded done = recording.stop().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(recording.state()).isEqualTo(new RecordingState.Stopped());
        assertThat(done.frames()).isEqualTo(75);
        assertThat(done.dropped()).isZero();
        assertThat(done.audio()).isEqualTo(Duration.ofMillis(1500));
        assertThat(decodedSamplesPerChannel(file, format)).isEqualTo(75 * 960);
        String json = Files.readString(done.metadata(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"state\": \"stopped\"", "\"stoppedAt\": \"2025-03-01T10:00:08.500Z\"",
                "{\"pausedAt\": \"2025-03-01T10:00:01Z\", \"resumedAt\": \"2025-03-01T10:00:08Z\", \"atMillis\": 1000}",
                "\"durationMillis\": 1500", "\"title\": \"Sales\"", "\"format\": \"" + format.name() + "\"");
        assertThat(dir.resolve(file.getFileName() + ".json.tmp")).doesNotExist();
    }

    @Test
    void metadataShowsThePauseWhileItLasts() throws Exception {
        CallRecording recording = CallRecording.start(dir.resolve("p.wav"), RecordingFormat.WAV, METADATA, clock,
                CallRecording.writerThreads());
        new TestFrames(440, 1000).feed(recording, 10);
        recording.pause();
        recording.title("changed while paused");
        Path json = recording.metadataFile();
        // the writer replaces the file atomically: poll it until the title change has landed
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String text = Files.readString(json, StandardCharsets.UTF_8);
        while (!text.contains("changed while paused") && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // gentle on two shared cores
            text = Files.readString(json, StandardCharsets.UTF_8);
        }
        assertThat(text).contains("\"state\": \"paused\"", "\"title\": \"changed while paused\"", "\"atMillis\": 200")
                .doesNotContain("resumedAt");
        recording.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(recording.pause()).as("stopped is final").isFalse();
        assertThat(recording.resume()).isFalse();
    }

    @Test
    void wavKeepsAgentLeftAndCustomerRight() throws Exception {
        Path file = dir.resolve("call.wav");
        CallRecording recording = CallRecording.start(file, RecordingFormat.WAV, METADATA);
        new TestFrames(440, 1000).feed(recording, 100);
        recording.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);
        PcmAudio wav = WavReader.read(file);
        assertThat(wav.channels()).isEqualTo(2);
        assertThat(wav.sampleRate()).isEqualTo(48_000);
        OggOpusRecordingTest.assertTone(OpusTools.channel(wav.samples(), 0), 440, 1000);
        OggOpusRecordingTest.assertTone(OpusTools.channel(wav.samples(), 1), 1000, 440);
    }

    @Test
    @Timeout(30)
    void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        CountDownLatch writerMayRun = new CountDownLatch(1);
        ThreadFactory stalledWriter = r -> new Thread(() -> {
            try {
                writerMayRun.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.run();
        });
        CallRecording recording = CallRecording.start(dir.resolve("slow.wav"), RecordingFormat.WAV, METADATA, clock,
                stalledWriter, 20);

        new TestFrames(440, 1000).feed(recording, 50); // the writer takes nothing: 20 fit, 30 are dropped
        assertThat(recording.droppedFrames()).isEqualTo(30);
        writerMayRun.countDown();
        Recorded done = recording.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(done.frames()).isEqualTo(20);
        assertThat(done.dropped()).isEqualTo(30);
        assertThat(Files.readString(done.metadata(), StandardCharsets.UTF_8)).contains("\"droppedFrames\": 30");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("taken.opus");
        Files.writeString(file, "someone else's");
        assertThatThrownBy(() -> CallRecording.start(file, RecordingFormat.OGG_OPUS, METADATA))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("someone else's");
        assertThat(RecordingSidecar.pathFor(file)).doesNotExist();
    }

    private static int decodedSamplesPerChannel(Path file, RecordingFormat format) throws Exception {
        PcmAudio audio = format == RecordingFormat.WAV ? WavReader.read(file) : OpusTools.decode(file);
        return audio.samples().length / 2;
    }
}
