package io.agentbar.audio.recording;

import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed (SIGKILL) while recording leaves a file the reference tools read, missing at
 * most the last ~second, and its metadata file.
 */
class RecordingCrashTest {
    private static final int FED = 150; // 3 s

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RecordingFormat.class)
    void aKilledRecorderLeavesAReadableFile(RecordingFormat format) throws Exception {
        Path file = dir.resolve("crash." + format.extension());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordingProcess.class.getName(), file.toString(),
                format.name()).redirectErrorStream(true).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null && !line.equals("fed " + FED)) {
                // read until the child has recorded 3 s, then kill it mid-stream
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(line).as("child output").isEqualTo("fed " + FED);

        double seconds;
        short[] samples;
        if (format == RecordingFormat.OGG_OPUS) {
            OpusTools.Result info = OpusTools.info(file);
            assertThat(info.output()).as("opusinfo").contains("Channels: 2").doesNotContain("corrupt", "hole");
            seconds = OpusTools.playbackSeconds(info.output());
            PcmAudio decoded = OpusTools.decode(file);
            samples = decoded.samples();
            assertThat(samples.length / 2.0 / 48_000).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.02));
        } else {
            PcmAudio wav = WavReader.read(file);
            samples = wav.samples();
            seconds = samples.length / 2.0 / 48_000;
        }
        assertThat(seconds).as("seconds left of %s fed", FED / 50).isGreaterThanOrEqualTo(FED / 50.0 - 1.5);
        OggOpusRecordingTest.assertTone(OpusTools.channel(samples, 0), 440, 1000);
        OggOpusRecordingTest.assertTone(OpusTools.channel(samples, 1), 1000, 440);
        assertThat(Files.readString(RecordingSidecar.pathFor(file), StandardCharsets.UTF_8))
                .contains("\"callId\": \"crash-call\"", "\"state\": \"recording\"");
    }
}
