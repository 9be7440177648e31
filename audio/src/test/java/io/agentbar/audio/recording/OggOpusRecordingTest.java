package io.agentbar.audio.recording;

import io.agentbar.audio.testing.Tones;
import io.agentbar.audio.wav.PcmAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Ogg Opus recordings judged by the reference tools: opusinfo validates, opusdec decodes. */
class OggOpusRecordingTest {
    private static final RecordingMetadata METADATA = new RecordingMetadata("call-1", "201", "+39 055 123", "");

    @TempDir
    Path dir;

    @Test
    void fileIsValidOpusWithAgentLeftAndCustomerRight() throws Exception {
        Path file = dir.resolve("call.opus");
        CallRecording recording = CallRecording.start(file, RecordingFormat.OGG_OPUS, METADATA);
        new TestFrames(440, 1000).feed(recording, 150);
        Recorded done = recording.stop().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(done.frames()).isEqualTo(150);
        assertThat(done.audio()).isEqualTo(Duration.ofSeconds(3));
        OpusTools.Result info = OpusTools.info(file);
        assertThat(info.exit()).as(info.output()).isZero();
        assertThat(info.output()).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("error")
                .contains("Channels: 2", "Encoded with AgentBar", "Original sample rate: 48000 Hz");
        assertThat(OpusTools.playbackSeconds(info.output())).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.001));

        PcmAudio decoded = OpusTools.decode(file);
        assertThat(decoded.channels()).isEqualTo(2);
        assertThat(decoded.samples().length / 2).isEqualTo(3 * 48_000);
        assertTone(OpusTools.channel(decoded.samples(), 0), 440, 1000);
        assertTone(OpusTools.channel(decoded.samples(), 1), 1000, 440);
    }

    @Test
    void titleSetLaterIsInTheOpusTagsAndTheMetadata() throws Exception {
        Path file = dir.resolve("titled.opus");
        CallRecording recording = CallRecording.start(file, RecordingFormat.OGG_OPUS, METADATA.withTitle("first"));
        TestFrames frames = new TestFrames(440, 1000);
        frames.feed(recording, 60);
        recording.title("Reclamo \"urgente\" – Müller");
        frames.feed(recording, 60);
        recording.stop().toCompletableFuture().get(20, TimeUnit.SECONDS);

        OpusTools.Result info = OpusTools.info(file);
        assertThat(info.exit()).as(info.output()).isZero();
        assertThat(info.output()).contains("TITLE=Reclamo \"urgente\" – Müller", "AGENTBAR_CALL_ID=call-1")
                .doesNotContain("TITLE=first").doesNotContainIgnoringCase("warning");
        assertThat(OpusTools.playbackSeconds(info.output())).isCloseTo(2.4, org.assertj.core.data.Offset.offset(0.001));
        String json = Files.readString(recording.metadataFile(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"title\": \"Reclamo \\\"urgente\\\" – Müller\"", "\"state\": \"stopped\"",
                "\"format\": \"OGG_OPUS\"", "\"remoteNumber\": \"+39 055 123\"", "\"frames\": 120");
    }

    /** The expected tone is loud; the other side's tone is at least 30 dB below it. */
    static void assertTone(short[] channel, double expected, double other) {
        int from = 24_000;
        int length = channel.length - 2 * from;
        double wanted = Tones.power(channel, from, length, expected, 48_000);
        assertThat(Tones.amplitude(channel, from, length, expected, 48_000)).as("level of %s Hz", expected)
                .isGreaterThan(0.3);
        assertThat(Tones.power(channel, from, length, other, 48_000)).as("leak of %s Hz", other)
                .isLessThan(wanted / 1000);
    }
}
