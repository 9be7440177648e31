package io.agentbar.ui.recordings;

import io.agentbar.core.call.Direction;
import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.core.recording.RecordingEntry.Completion;
import io.agentbar.core.recording.RecordingEntry.Upload;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A few recordings as an agent's folder might hold them, newest first. */
public final class Recordings {
    public static final RecordingEntry ALICE = new RecordingEntry(Path.of("/rec/20250314-101500-5551234-1.opus"),
            "Reclamo fattura", "5551234", "Alice Smith", Optional.of(Direction.INCOMING),
            Instant.parse("2025-03-14T10:15:00Z"), Duration.ofSeconds(137), "OGG_OPUS", Upload.UPLOADED,
            Completion.COMPLETE);
    public static final RecordingEntry CUT = new RecordingEntry(Path.of("/rec/20250314-093000-0551234567-1.opus"),
            "", "0551234567", "", Optional.of(Direction.OUTGOING), Instant.parse("2025-03-14T09:30:00Z"),
            Duration.ofSeconds(41), "OGG_OPUS", Upload.UNKNOWN, Completion.CUT_SHORT);
    public static final RecordingEntry BOB = new RecordingEntry(Path.of("/rec/20250313-161000-1002-1.wav"),
            "Cambio indirizzo", "1002", "Bob Rossi", Optional.of(Direction.OUTGOING),
            Instant.parse("2025-03-13T16:10:00Z"), Duration.ofMinutes(62).plusSeconds(5), "WAV", Upload.PENDING,
            Completion.COMPLETE);
    public static final List<RecordingEntry> ALL = List.of(ALICE, CUT, BOB);

    private Recordings() {
    }
}
