package io.agentbar.audio.recording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The metadata file beside a recording, {@code <file>.json}. It is replaced whole, through a
 * temporary file and an atomic rename, so a reader (or a crash) sees the old or the new version
 * and never a torn one.
 */
final class RecordingSidecar {
    private final Path path;
    private final Path temporary;
    private final Path audio;
    private final RecordingFormat format;
    private final Instant startedAt;

    RecordingSidecar(Path audio, RecordingFormat format, Instant startedAt) {
        this.audio = audio;
        this.path = pathFor(audio);
        this.temporary = path.resolveSibling(path.getFileName() + ".tmp");
        this.format = format;
        this.startedAt = startedAt;
    }

    static Path pathFor(Path audio) {
        return audio.resolveSibling(audio.getFileName() + ".json");
    }

    Path path() {
        return path;
    }

    void write(RecordingMetadata metadata, String state, List<RecordingPause> pauses, Optional<Instant> stoppedAt,
               long frames, long dropped) throws IOException {
        StringBuilder json = new StringBuilder(512).append("{\n");
        field(json, "callId", metadata.callId());
        field(json, "localNumber", metadata.localNumber());
        field(json, "remoteNumber", metadata.remoteNumber());
        field(json, "remoteName", metadata.remoteName());
        metadata.direction().ifPresent(d -> field(json, "direction", d.name().toLowerCase(java.util.Locale.ROOT)));
        field(json, "title", metadata.title());
        field(json, "file", audio.getFileName().toString());
        field(json, "format", format.name());
        field(json, "channels", "left: agent, right: customer");
        field(json, "state", state);
        field(json, "startedAt", startedAt.toString());
        stoppedAt.ifPresent(t -> field(json, "stoppedAt", t.toString()));
        json.append("  \"pauses\": [");
        for (int i = 0; i < pauses.size(); i++) {
            RecordingPause p = pauses.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"pausedAt\": ").append(quote(p.pausedAt().toString()));
            p.resumedAt().ifPresent(t -> json.append(", \"resumedAt\": ").append(quote(t.toString())));
            json.append(", \"atMillis\": ").append(p.at().toMillis()).append('}');
        }
        json.append(pauses.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"frames\": ").append(frames).append(",\n");
        json.append("  \"durationMillis\": ").append(frames * 20).append(",\n");
        json.append("  \"droppedFrames\": ").append(dropped).append("\n}\n");
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
    }

    /** A JSON string literal (RFC 8259 §7). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
