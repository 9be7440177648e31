package io.agentbar.app.recording;

import io.agentbar.audio.playback.RecordingLength;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.recording.RecordingCatalog;
import io.agentbar.core.recording.RecordingEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The recordings in the folder {@link FileRecorder} writes to, read from each audio file's
 * {@code <file>.json} sidecar. Nothing in a sidecar names a path that is used: the audio file is
 * the one the sidecar sits beside, found by listing the folder, and symbolic links are not
 * followed. A sidecar that is missing, too large or broken leaves the recording listed with what
 * its file name and its audio tell.
 */
public final class RecordingFolder implements RecordingCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingFolder.class);
    /** Real sidecars are under 2 KB; anything far larger is not one. */
    private static final long MAX_SIDECAR_BYTES = 64 * 1024;
    /** {@code <yyyyMMdd-HHmmss>-<remote>-<n>.<ext>}, as {@link FileRecorder} names files. */
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})-(.*)-\\d+\\.(opus|wav)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Predicate<Path> recordingNow;
    private final boolean uploading;
    private final ZoneId zone;

    /**
     * @param recordingNow whether this process is still writing a file (else a "recording" state
     *                     in its sidecar means the process died while recording)
     * @param uploading    whether finished recordings are uploaded, so that a missing marker means "pending"
     * @param zone         the zone {@link FileRecorder} stamped file names in
     */
    public RecordingFolder(Path folder, Predicate<Path> recordingNow, boolean uploading, ZoneId zone) {
        this.folder = folder.toAbsolutePath().normalize();
        this.recordingNow = recordingNow;
        this.uploading = uploading;
        this.zone = zone;
    }

    @Override
    public List<RecordingEntry> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RecordingEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(RecordingFolder::audio).forEach(file -> {
                try {
                    entries.add(entry(file));
                } catch (RuntimeException e) {
                    LOG.debug("cannot list recording {}", file.getFileName(), e); // one bad file never hides the others
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot list the recordings in {}: {}", folder, e.toString());
        }
        entries.sort(Comparator.comparing(RecordingEntry::started).thenComparing(e -> e.file().getFileName().toString())
                .reversed());
        return List.copyOf(entries);
    }

    private static boolean audio(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".opus") || name.endsWith(".wav")) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private RecordingEntry entry(Path file) {
        String name = file.getFileName().toString();
        Matcher named = NAME.matcher(name);
        boolean fromRecorder = named.matches();
        Optional<Map<String, Object>> json = sidecar(file);
        Map<String, Object> meta = json.orElse(Map.of());

        String remote = SidecarJson.string(meta, "remoteNumber").orElse(fromRecorder ? named.group(2) : "");
        Optional<Direction> direction = SidecarJson.string(meta, "direction")
                .flatMap(d -> Stream.of(Direction.values()).filter(v -> v.name().equalsIgnoreCase(d)).findFirst());
        Instant started = SidecarJson.string(meta, "startedAt").flatMap(RecordingFolder::instant)
                .or(() -> fromRecorder ? stamp(named.group(1)) : Optional.empty())
                .orElseGet(() -> modified(file));
        RecordingEntry.Completion completion = completion(file, json);
        Optional<Duration> written = SidecarJson.number(meta, "durationMillis").map(Duration::ofMillis);
        // after a crash the sidecar holds the counts of its last change: only the file knows its length
        Duration duration = completion == RecordingEntry.Completion.COMPLETE && written.isPresent() ? written.get()
                : RecordingLength.of(file).or(() -> written).orElse(Duration.ZERO);
        String format = SidecarJson.string(meta, "format")
                .orElse(name.toLowerCase(Locale.ROOT).endsWith(".wav") ? "WAV" : "OGG_OPUS");
        return new RecordingEntry(file, SidecarJson.string(meta, "title").orElse(""), new Party(remote, "").user(),
                SidecarJson.string(meta, "remoteName").orElse(""), direction, started, duration, format,
                upload(file, completion), completion);
    }

    private Optional<Map<String, Object>> sidecar(Path file) {
        Path sidecar = file.resolveSibling(file.getFileName() + ".json");
        try {
            if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS) || Files.size(sidecar) > MAX_SIDECAR_BYTES) {
                return Optional.empty();
            }
            Map<String, Object> json = SidecarJson.object(Files.readString(sidecar, StandardCharsets.UTF_8));
            Optional<String> named = SidecarJson.string(json, "file");
            if (named.isPresent() && !named.get().equals(file.getFileName().toString())) {
                LOG.debug("sidecar {} names another file ({}); its metadata is ignored", sidecar.getFileName(), named.get());
                return Optional.empty();
            }
            return Optional.of(json);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("unreadable sidecar {}: {}", sidecar.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    private RecordingEntry.Completion completion(Path file, Optional<Map<String, Object>> json) {
        Optional<String> state = json.flatMap(j -> SidecarJson.string(j, "state"));
        if (state.isEmpty()) {
            return RecordingEntry.Completion.UNKNOWN;
        }
        return switch (state.get()) {
            case "stopped" -> RecordingEntry.Completion.COMPLETE;
            case "recording", "paused" -> recordingNow.test(file) ? RecordingEntry.Completion.RECORDING
                    : RecordingEntry.Completion.CUT_SHORT;
            default -> RecordingEntry.Completion.UNKNOWN;
        };
    }

    private RecordingEntry.Upload upload(Path file, RecordingEntry.Completion completion) {
        if (Files.exists(file.resolveSibling(file.getFileName() + ".uploaded"), LinkOption.NOFOLLOW_LINKS)) {
            return RecordingEntry.Upload.UPLOADED;
        }
        return uploading && completion == RecordingEntry.Completion.COMPLETE ? RecordingEntry.Upload.PENDING
                : RecordingEntry.Upload.UNKNOWN;
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Instant> stamp(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, STAMP).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public String toString() {
        return "RecordingFolder[" + folder + "]";
    }
}
