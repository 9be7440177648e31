package io.agentbar.app.recording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One recording on disk as the uploader sees it: the audio file, its {@code <file>.json} sidecar
 * and the {@code <file>.uploaded} marker written once the server confirmed both.
 */
record UploadCandidate(Path audio) {
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([^\"]*)\"");

    Path sidecar() {
        return audio.resolveSibling(audio.getFileName() + ".json");
    }

    Path marker() {
        return audio.resolveSibling(audio.getFileName() + ".uploaded");
    }

    String name() {
        return audio.getFileName().toString();
    }

    /** {@code audio/ogg} for Opus in Ogg, {@code audio/wav} for WAV. */
    String contentType() {
        return name().endsWith(".wav") ? "audio/wav" : "audio/ogg";
    }

    boolean uploaded() {
        return Files.exists(marker());
    }

    /**
     * True once the recorder wrote {@code "state": "stopped"}: before that the audio is still
     * growing and an upload would be truncated. The sidecar is replaced atomically by the
     * recorder, so reading it here never sees half a file.
     */
    boolean finished() {
        if (!Files.isRegularFile(audio) || !Files.isRegularFile(sidecar())) {
            return false;
        }
        try {
            Matcher m = STATE.matcher(Files.readString(sidecar(), StandardCharsets.UTF_8));
            return m.find() && m.group(1).equals("stopped");
        } catch (IOException e) {
            return false;
        }
    }

    /** Written through a temporary file and an atomic rename so a crash never leaves a torn marker. */
    void markUploaded(Instant at, int status) throws IOException {
        Path temporary = marker().resolveSibling(marker().getFileName() + ".tmp");
        Files.writeString(temporary, "uploaded " + at + " HTTP " + status + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, marker(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Audio first, then the sidecar, then the marker: if the process dies in between, what is left
     * is either still marked (and not uploaded again) or an orphan sidecar the scan ignores.
     */
    void delete() throws IOException {
        Files.deleteIfExists(audio);
        Files.deleteIfExists(sidecar());
        Files.deleteIfExists(marker());
    }

    /** The recordings in {@code folder} that have a sidecar, oldest name first (names start with a time stamp). */
    static List<UploadCandidate> scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).map(Path::toString)
                    .filter(n -> n.endsWith(".opus.json") || n.endsWith(".wav.json"))
                    .sorted()
                    .map(n -> new UploadCandidate(folder.resolve(n.substring(0, n.length() - ".json".length()))))
                    .filter(c -> Files.isRegularFile(c.audio()))
                    .toList();
        }
    }
}
