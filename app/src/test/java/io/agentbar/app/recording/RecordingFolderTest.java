package io.agentbar.app.recording;

import io.agentbar.audio.recording.CallRecording;
import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.audio.recording.RecordingMetadata;
import io.agentbar.core.call.Direction;
import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.core.recording.RecordingEntry.Completion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The recordings folder read back: real files from the audio module's recorder, and hand-broken ones. */
class RecordingFolderTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path root;

    private Path folder() throws Exception {
        return Files.createDirectories(root.resolve("recordings"));
    }

    private RecordingFolder catalog(boolean uploading) throws Exception {
        return new RecordingFolder(folder(), file -> false, uploading, UTC);
    }

    /** A finished recording of {@code frames} 20 ms frames, started at {@code at}. */
    private Path record(String name, RecordingFormat format, String at, RecordingMetadata metadata, int frames)
            throws Exception {
        Path file = folder().resolve(name);
        CallRecording r = CallRecording.start(file, format, metadata, Clock.fixed(Instant.parse(at), UTC),
                CallRecording.writerThreads());
        short[] agent = new short[960];
        short[] customer = new short[960];
        for (int i = 0; i < frames; i++) {
            agent[i % 960] = (short) (i * 37);
            r.frame(agent, customer);
        }
        r.stop().toCompletableFuture().get(20, TimeUnit.SECONDS);
        return file;
    }

    private static RecordingMetadata alice() {
        return new RecordingMetadata("c1", "201", "sip:5551234@pbx.example.com", "Reclamo", "Alice Smith",
                Optional.of(Direction.INCOMING));
    }

    @Test
    void finishedRecordingsAreListedNewestFirstWithTheirMetadata() throws Exception {
        Path older = record("20250314-090000-5551234-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z",
                alice(), 100);
        Path newer = record("20250314-100000-1002-1.wav", RecordingFormat.WAV, "2025-03-14T10:00:00Z",
                new RecordingMetadata("c2", "201", "1002", ""), 50);

        List<RecordingEntry> list = catalog(false).list();

        assertThat(list).extracting(RecordingEntry::file).containsExactly(newer, older);
        RecordingEntry a = list.get(1);
        assertThat(a.title()).isEqualTo("Reclamo");
        assertThat(a.remoteNumber()).isEqualTo("5551234");
        assertThat(a.remoteName()).isEqualTo("Alice Smith");
        assertThat(a.direction()).contains(Direction.INCOMING);
        assertThat(a.started()).isEqualTo(Instant.parse("2025-03-14T09:00:00Z"));
        assertThat(a.duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(a.format()).isEqualTo("OGG_OPUS");
        assertThat(a.completion()).isEqualTo(Completion.COMPLETE);
        assertThat(a.upload()).isEqualTo(RecordingEntry.Upload.UNKNOWN);
        RecordingEntry b = list.get(0);
        assertThat(b.format()).isEqualTo("WAV");
        assertThat(b.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.direction()).isEmpty();
    }

    @Test
    void aRecordingCutByACrashIsMarkedAndAsLongAsItsFile() throws Exception {
        Path file = record("20250314-090000-5551234-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z",
                alice(), 150);
        crash(file);

        RecordingEntry cut = catalog(true).list().getFirst();

        assertThat(cut.completion()).isEqualTo(Completion.CUT_SHORT);
        assertThat(cut.cutShort()).isTrue();
        assertThat(cut.duration().toMillis()).as("the first second survived, not the 3 s the sidecar says")
                .isBetween(990L, 1000L);
        assertThat(cut.upload()).as("the uploader never sends a cut file").isEqualTo(RecordingEntry.Upload.UNKNOWN);
        assertThat(cut.title()).isEqualTo("Reclamo");
    }

    @Test
    void aFileThisPhoneIsStillWritingIsRecordingNotCut() throws Exception {
        Path file = record("20250314-090000-5551234-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z",
                alice(), 150);
        crash(file);

        RecordingEntry live = new RecordingFolder(folder(), file::equals, false, UTC).list().getFirst();

        assertThat(live.completion()).isEqualTo(Completion.RECORDING);
    }

    /** What a killed process leaves: a sidecar still saying "recording", audio ending inside a page. */
    private static void crash(Path file) throws Exception {
        Path sidecar = file.resolveSibling(file.getFileName() + ".json");
        String json = Files.readString(sidecar, StandardCharsets.UTF_8);
        Files.writeString(sidecar, json.replace("\"state\": \"stopped\"", "\"state\": \"recording\""));
        byte[] bytes = Files.readAllBytes(file);
        int thirdPage = indexOf(bytes, 3); // head, tags, first second, then the cut
        Files.write(file, Arrays.copyOf(bytes, thirdPage + 100));
    }

    private static int indexOf(byte[] bytes, int page) {
        int found = -1;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (bytes[i] == 'O' && bytes[i + 1] == 'g' && bytes[i + 2] == 'g' && bytes[i + 3] == 'S' && ++found == page) {
                return i;
            }
        }
        throw new AssertionError("no page " + page);
    }

    @Test
    void aBrokenSidecarOrNoneStillListsTheFileWithWhatItsNameTells() throws Exception {
        Path broken = record("20250301-080910-0551234567-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z",
                alice(), 50);
        Files.writeString(broken.resolveSibling(broken.getFileName() + ".json"), "{\"title\": \"half a fi");
        Path bare = record("20250302-101112-1002-1.wav", RecordingFormat.WAV, "2025-03-14T09:00:00Z", alice(), 50);
        Files.delete(bare.resolveSibling(bare.getFileName() + ".json"));
        Path notes = Files.writeString(folder().resolve("notes.opus"), "not audio");
        Files.setLastModifiedTime(notes, java.nio.file.attribute.FileTime.from(Instant.parse("2024-12-31T23:00:00Z")));

        List<RecordingEntry> list = catalog(false).list();

        assertThat(list).extracting(e -> e.file().getFileName().toString())
                .containsExactly("20250302-101112-1002-1.wav", "20250301-080910-0551234567-1.opus", "notes.opus");
        RecordingEntry b = list.get(1);
        assertThat(b.completion()).isEqualTo(Completion.UNKNOWN);
        assertThat(b.remoteNumber()).isEqualTo("0551234567");
        assertThat(b.title()).isEmpty();
        assertThat(b.started()).isEqualTo(Instant.parse("2025-03-01T08:09:10Z"));
        assertThat(b.duration()).as("read from the audio").isEqualTo(Duration.ofSeconds(1));
        assertThat(list.getFirst().duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(list.get(2).duration()).isZero();
        assertThat(list.get(2).started()).as("no name stamp: the file's time").isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
    }

    @Test
    void noSidecarLetsAPathLeaveTheFolder() throws Exception {
        Path outside = record("../secret.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z", alice(), 50);
        Path inside = record("20250314-090000-1002-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z",
                alice(), 50);
        Path sidecar = inside.resolveSibling(inside.getFileName() + ".json");
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"file\": \"20250314-090000-1002-1.opus\"",
                "\"file\": \"../secret.opus\""));
        Files.writeString(folder().resolve("orphan.opus.json"), "{\"file\": \"../secret.opus\", \"state\": \"stopped\"}");
        Files.createSymbolicLink(folder().resolve("20250101-000000-link-1.opus"), outside.toAbsolutePath());

        List<RecordingEntry> list = catalog(false).list();

        assertThat(list).extracting(RecordingEntry::file).containsExactly(inside);
        assertThat(list.getFirst().title()).as("a sidecar naming another file is not trusted").isEmpty();
        assertThat(list.getFirst().completion()).isEqualTo(Completion.UNKNOWN);
    }

    @Test
    void anOversizedSidecarIsIgnored() throws Exception {
        Path file = record("20250314-090000-1002-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z", alice(), 50);
        Files.writeString(file.resolveSibling(file.getFileName() + ".json"),
                "{\"title\": \"" + "x".repeat(100_000) + "\", \"state\": \"stopped\"}");

        assertThat(catalog(false).list().getFirst().title()).isEmpty();
    }

    @Test
    void uploadStateComesFromTheMarker() throws Exception {
        Path sent = record("20250314-090000-1002-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z", alice(), 25);
        new UploadCandidate(sent).markUploaded(Instant.parse("2025-03-14T09:01:00Z"), 201);
        record("20250314-100000-1002-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T10:00:00Z", alice(), 25);

        assertThat(catalog(true).list()).extracting(RecordingEntry::upload)
                .containsExactly(RecordingEntry.Upload.PENDING, RecordingEntry.Upload.UPLOADED);
    }

    @Test
    void aMissingFolderIsAnEmptyListAndFindFilters() throws Exception {
        assertThat(new RecordingFolder(root.resolve("none"), f -> false, false, UTC).list()).isEmpty();
        record("20250314-090000-5551234-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T09:00:00Z", alice(), 25);
        record("20250314-100000-1002-1.opus", RecordingFormat.OGG_OPUS, "2025-03-14T10:00:00Z",
                new RecordingMetadata("c2", "201", "1002", "Bob"), 25);

        assertThat(catalog(false).find("alice")).extracting(RecordingEntry::remoteNumber).containsExactly("5551234");
        assertThat(catalog(false).find("bob 1002")).extracting(RecordingEntry::title).containsExactly("Bob");
    }
}
