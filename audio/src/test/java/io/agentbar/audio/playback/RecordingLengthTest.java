package io.agentbar.audio.playback;

import io.agentbar.audio.recording.RecordingFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingLengthTest {
    @TempDir
    Path dir;

    @Test
    void aFinishedOpusRecordingIsAsLongAsWhatWasRecorded() throws Exception {
        Path file = TwoToneRecording.write(dir.resolve("a.opus"), RecordingFormat.OGG_OPUS, 150);
        assertThat(RecordingLength.of(file)).contains(Duration.ofSeconds(3));
    }

    @Test
    void aWavRecordingIsAsLongAsItsData() throws Exception {
        Path file = TwoToneRecording.write(dir.resolve("a.wav"), RecordingFormat.WAV, 75);
        assertThat(RecordingLength.of(file)).contains(Duration.ofMillis(1500));
    }

    @Test
    void anOpusFileCutByACrashIsAsLongAsItsLastWholePage() throws Exception {
        byte[] bytes = Files.readAllBytes(TwoToneRecording.write(dir.resolve("a.opus"), RecordingFormat.OGG_OPUS, 150));
        int thirdSecond = OggFiles.pageStarts(bytes).get(4);
        Path cut = Files.write(dir.resolve("cut.opus"), java.util.Arrays.copyOf(bytes, thirdSecond + 7));
        // two seconds of granules, less the encoder's pre-skip (312 samples at 48 kHz: 6.5 ms)
        assertThat(RecordingLength.of(cut)).contains(Duration.ofMillis((2 * 48_000 - 312) * 1000L / 48_000));
    }

    @Test
    void somethingElseHasNoLength() throws Exception {
        assertThat(RecordingLength.of(Files.writeString(dir.resolve("x.opus"), "OggS but not really"))).isEmpty();
        assertThat(RecordingLength.of(dir.resolve("missing.opus"))).isEmpty();
    }
}
