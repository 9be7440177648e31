package io.agentbar.core.history;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where finished calls are kept. Writes are commands: they are queued on the store's own thread
 * and return at once, so neither the UI nor the phone's signalling thread ever waits for a disk.
 * Queries run on the caller's thread and are meant to be fast (an index, a small limit).
 * Queries throw {@link java.io.UncheckedIOException} when the store cannot be read.
 */
public interface HistoryStore extends NumberSuggestions, AutoCloseable {
    /**
     * Adds a call. A second entry with the same call id is ignored, so a call reported twice is
     * kept once.
     *
     * @return completes once the entry is durable (committed), exceptionally when it could not be written
     */
    CompletionStage<Void> record(HistoryEntry entry);

    /** The latest calls, newest first (by start time). */
    List<HistoryEntry> recent(int limit);

    /**
     * Calls whose number contains the digits of {@code text} (punctuation ignored) or whose name
     * contains {@code text} (any case), newest first; blank text is {@link #recent}.
     */
    List<HistoryEntry> search(String text, int limit);

    /**
     * Deletes calls that ended before {@code cutoff} (the retention limit).
     *
     * @return completes with how many calls were deleted
     */
    CompletionStage<Integer> purgeOlderThan(Instant cutoff);

    /** Finishes queued writes, then releases the store. */
    @Override
    void close();
}
