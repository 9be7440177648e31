package io.agentbar.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A history that lives as long as the process: for tests, and for a phone run without a data
 * folder. Its matching is the reference the database store is tested against.
 */
public final class InMemoryHistoryStore implements HistoryStore {
    private static final Comparator<HistoryEntry> NEWEST_FIRST =
            Comparator.comparing(HistoryEntry::started).reversed();
    private final LinkedHashMap<String, HistoryEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized CompletionStage<Void> record(HistoryEntry entry) {
        entries.putIfAbsent(entry.callId().value(), entry);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized List<HistoryEntry> recent(int limit) {
        return newestFirst().limit(limit).toList();
    }

    @Override
    public synchronized List<HistoryEntry> search(String text, int limit) {
        return newestFirst().filter(e -> SearchKey.matches(text, e.number(), e.name())).limit(limit).toList();
    }

    @Override
    public synchronized List<Suggestion> suggest(String typed, int limit) {
        Map<String, Suggestion> byNumber = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (HistoryEntry e : newestFirst().toList()) {
            String key = SearchKey.number(e.number());
            if (!e.name().isBlank()) {
                names.putIfAbsent(key, e.name());
            }
            byNumber.putIfAbsent(key, new Suggestion(e.number(), "", e.started(), e.direction(), e.outcome()));
        }
        List<Suggestion> out = new ArrayList<>();
        for (var n : byNumber.entrySet()) {
            Suggestion s = n.getValue();
            String name = names.getOrDefault(n.getKey(), "");
            if (out.size() < limit && SearchKey.matches(typed, s.number(), name)) {
                out.add(new Suggestion(s.number(), name, s.lastCall(), s.direction(), s.outcome()));
            }
        }
        return out;
    }

    @Override
    public synchronized CompletionStage<Integer> purgeOlderThan(Instant cutoff) {
        int before = entries.size();
        entries.values().removeIf(e -> e.ended().isBefore(cutoff));
        return CompletableFuture.completedFuture(before - entries.size());
    }

    /** Newest start first; of calls that started at the same instant, the one recorded last first. */
    private Stream<HistoryEntry> newestFirst() {
        return entries.sequencedValues().reversed().stream().sorted(NEWEST_FIRST);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
