package io.agentbar.ui.recordings;

import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.ui.text.Messages;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the recordings list, as the agent reads it.
 *
 * @param number 1-based position in the list as shown, for node ids
 * @param title  the agent's title, else "Call with …"
 * @param party  name and number and direction, e.g. "Alice Smith · 5551234 · Incoming call"
 * @param when   the start in the agent's zone
 * @param length {@code mm:ss}, or {@code h:mm:ss} from an hour
 * @param upload "Uploaded", "Not uploaded yet", or empty when uploading is not known
 */
public record RecordingRow(int number, RecordingEntry entry, String title, String party, String when, String length,
                           boolean cutShort, boolean recordingNow, String upload) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.getDefault());

    static RecordingRow of(int number, RecordingEntry e, ZoneId zone) {
        String who = e.remoteLabel().isBlank() ? Messages.get("recordings.unknownParty") : e.remoteLabel();
        String title = e.title().isBlank() ? Messages.get("recordings.untitled", who) : e.title();
        List<String> party = new ArrayList<>();
        if (!e.remoteName().isBlank()) {
            party.add(e.remoteName());
        }
        if (!e.remoteNumber().isBlank()) {
            party.add(e.remoteNumber());
        }
        e.direction().ifPresent(d -> party.add(Messages.get("call.direction." + d.name())));
        return new RecordingRow(number, e, title, String.join(" · ", party), WHEN.format(e.started().atZone(zone)),
                length(e.duration()), e.cutShort(), e.completion() == RecordingEntry.Completion.RECORDING,
                switch (e.upload()) {
                    case UPLOADED -> Messages.get("recordings.uploaded");
                    case PENDING -> Messages.get("recordings.uploadPending");
                    case UNKNOWN -> "";
                });
    }

    static String length(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }
}
