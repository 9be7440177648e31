package io.agentbar.core.history;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.agentbar.core.history.Entries.T0;
import static io.agentbar.core.history.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

class InMemoryHistoryStoreTest {
    private final InMemoryHistoryStore store = new InMemoryHistoryStore();

    @Test
    void suggestionsAreDistinctNumbersMostRecentFirstWithTheLatestName() {
        store.record(entry("a", "1001", "Alice", 1));
        store.record(entry("b", "1002", "", 2));
        store.record(entry("c", "10-01", "", 3));
        store.record(entry("d", "2000", "", 4));

        assertThat(store.suggest("100", 10)).extracting(Suggestion::number, Suggestion::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10-01", "Alice"),
                        org.assertj.core.groups.Tuple.tuple("1002", ""));
        assertThat(store.suggest("100", 1)).hasSize(1);
    }

    @Test
    void aCallRecordedTwiceIsKeptOnce() {
        store.record(entry("a", "1001", "Alice", 1));
        store.record(entry("a", "1001", "Alice", 1));

        assertThat(store.recent(10)).hasSize(1);
    }

    @Test
    void searchFindsByDigitsOrNameNewestFirst() {
        store.record(entry("a", "+39 02 100", "Alice", 1));
        store.record(entry("b", "555", "Bob", 2));
        store.record(entry("c", "0039-02-100", "", 3));

        assertThat(store.search("02100", 10)).extracting(HistoryEntry::callId).extracting(Object::toString)
                .containsExactly("c", "a");
        assertThat(store.search("BO", 10)).extracting(HistoryEntry::number).containsExactly("555");
        assertThat(store.search("", 10)).hasSize(3);
    }

    @Test
    void purgeDropsCallsThatEndedBeforeTheCutoff() {
        store.record(entry("a", "1001", "", 0));
        store.record(entry("b", "1002", "", 60));

        int purged = store.purgeOlderThan(T0.plus(Duration.ofMinutes(30))).toCompletableFuture().join();

        assertThat(purged).isEqualTo(1);
        assertThat(store.recent(10)).extracting(HistoryEntry::number).containsExactly("1002");
    }
}
