package io.agentbar.core.recording;

import java.time.ZoneId;
import java.util.List;

/**
 * The agent's recordings, read back. Implemented by the adapter that knows where the files are;
 * reading may touch the disk, so callers keep it off the UI thread.
 */
public interface RecordingCatalog {
    /**
     * Every recording, newest first. Never throws: an unreadable folder is an empty list, and a
     * recording whose metadata is broken is listed with what its file tells.
     */
    List<RecordingEntry> list();

    /** The recordings matching {@code text} (see {@link RecordingSearch}), newest first. */
    default List<RecordingEntry> find(String text) {
        return RecordingSearch.of(text, ZoneId.systemDefault()).filter(list());
    }

    /** For phones that do not record. */
    RecordingCatalog EMPTY = List::of;
}
