package io.agentbar.app.recording;

import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.core.call.Direction;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaStatistics;
import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.core.recording.RecordingHandle;
import io.agentbar.core.recording.RecordingRequest;
import io.agentbar.core.recording.RecordingStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** From the phone's request to the recordings list: name and direction reach the sidecar, live files are not "cut". */
class FileRecorderTest {
    @TempDir
    Path folder;

    @Test
    void aRunningRecordingIsListedAsRecordingAndThenAsCompleteWithWhoCalled() throws Exception {
        FileRecorder recorder = new FileRecorder(folder, RecordingFormat.OGG_OPUS,
                Clock.fixed(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC));
        RecordingFolder catalog = new RecordingFolder(folder, recorder::recording, false, ZoneOffset.UTC);
        RecordingStarted started = recorder.start(new Session(), new RecordingRequest("c1", "201",
                "sip:5551234@pbx.example.com", "Reclamo", "Alice Smith", Optional.of(Direction.INCOMING)));
        RecordingHandle handle = ((RecordingStarted.Started) started).recording();

        assertThat(recorder.recording(handle.file())).isTrue();
        RecordingEntry live = catalog.list().getFirst();
        assertThat(live.completion()).isEqualTo(RecordingEntry.Completion.RECORDING);

        Path file = handle.stop().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(recorder.recording(file)).isFalse();
        RecordingEntry done = catalog.list().getFirst();
        assertThat(done.completion()).isEqualTo(RecordingEntry.Completion.COMPLETE);
        assertThat(done.remoteName()).isEqualTo("Alice Smith");
        assertThat(done.remoteNumber()).isEqualTo("5551234");
        assertThat(done.direction()).contains(Direction.INCOMING);
        assertThat(done.title()).isEqualTo("Reclamo");
    }

    /** Only what recording needs from a session: somewhere to tap. */
    private static final class Session implements MediaSession {
        @Override
        public void setMicrophoneMuted(boolean muted) {
        }

        @Override
        public void setSpeakerMuted(boolean muted) {
        }

        @Override
        public void sendDtmf(char digit) {
        }

        @Override
        public MediaStatistics statistics() {
            return new MediaStatistics(0, 0, 0, 0, 0);
        }

        @Override
        public void close() {
        }
    }
}
