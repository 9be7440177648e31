package io.agentbar.audio.recording;

import io.agentbar.core.media.AudioTap;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** At most two live recordings per call, each tapped into the session until its file is final. */
class CallRecordingsTest {
    private static final RecordingMetadata METADATA = new RecordingMetadata("call-9", "201", "202", "");

    @TempDir
    Path dir;

    private final TappedSession session = new TappedSession();
    private final CallRecordings recordings = new CallRecordings(session, new StepClock(Instant.EPOCH),
            CallRecording.writerThreads());

    @Test
    void aThirdRecordingIsRefusedUntilOneStops() throws Exception {
        CallRecording first = started(recordings.start(dir.resolve("1.opus"), RecordingFormat.OGG_OPUS, METADATA));
        CallRecording second = started(recordings.start(dir.resolve("2.wav"), RecordingFormat.WAV, METADATA));
        assertThat(session.taps).containsExactly(first, second);

        assertThat(recordings.start(dir.resolve("3.opus"), RecordingFormat.OGG_OPUS, METADATA))
                .isEqualTo(new RecordingStart.LimitReached(2));
        assertThat(dir.resolve("3.opus")).doesNotExist();
        second.pause();
        assertThat(recordings.start(dir.resolve("3.opus"), RecordingFormat.OGG_OPUS, METADATA))
                .as("a paused recording still counts").isInstanceOf(RecordingStart.LimitReached.class);

        first.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);
        CallRecording third = started(recordings.start(dir.resolve("3.opus"), RecordingFormat.OGG_OPUS, METADATA));
        assertThat(recordings.live()).containsExactly(second, third);
        assertThat(session.taps).as("the stopped one left the session").containsExactly(second, third);

        recordings.stopAll().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(recordings.live()).isEmpty();
        assertThat(session.taps).isEmpty();
    }

    @Test
    void aFileThatCannotBeCreatedIsAFailedStartNotASlot() {
        RecordingStart start = recordings.start(dir.resolve("missing-folder").resolve("x.opus"),
                RecordingFormat.OGG_OPUS, METADATA);
        assertThat(start).isInstanceOf(RecordingStart.Failed.class);
        assertThat(recordings.live()).isEmpty();
        assertThat(session.taps).isEmpty();
    }

    private static CallRecording started(RecordingStart start) {
        assertThat(start).isInstanceOf(RecordingStart.Started.class);
        return ((RecordingStart.Started) start).recording();
    }

    /** Only what recording needs from a session: its taps. */
    private static final class TappedSession implements MediaSession {
        final List<AudioTap> taps = new CopyOnWriteArrayList<>();

        @Override
        public void addTap(AudioTap tap) {
            taps.add(tap);
        }

        @Override
        public void removeTap(AudioTap tap) {
            taps.remove(tap);
        }

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
