package io.agentbar.app.history;

import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.InMemoryHistoryStore;
import io.agentbar.core.history.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.agentbar.app.history.HistoryEntries.T0;
import static io.agentbar.app.history.HistoryEntries.entry;
import static io.agentbar.app.history.HistoryEntries.missed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteHistoryStoreTest {
    @TempDir
    Path dir;
    private final List<SqliteHistoryStore> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(SqliteHistoryStore::close);
    }

    private SqliteHistoryStore open(Path file, Clock clock) throws Exception {
        SqliteHistoryStore store = SqliteHistoryStore.open(file, clock);
        opened.add(store);
        return store;
    }

    private SqliteHistoryStore open() throws Exception {
        return open(dir.resolve("history.db"), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static void await(java.util.concurrent.CompletionStage<?> write) throws Exception {
        write.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRecordedCallComesBackWhole() throws Exception {
        SqliteHistoryStore store = open();
        HistoryEntry answered = entry("c1", "+39 02 100-200", "Alice Rossi", 1);
        HistoryEntry unanswered = missed("c2", "1002", "", 2);

        await(store.record(answered));
        await(store.record(unanswered));

        assertThat(store.recent(10)).containsExactly(unanswered, answered);
    }

    @Test
    void aCallRecordedTwiceIsKeptOnce() throws Exception {
        SqliteHistoryStore store = open();
        await(store.record(entry("c1", "1001", "Alice", 1)));
        await(store.record(entry("c1", "1001", "Alice", 1)));

        assertThat(store.recent(10)).hasSize(1);
    }

    @Test
    void searchAndSuggestionsFindTheSameCallsAsTheReferenceStore() throws Exception {
        SqliteHistoryStore store = open();
        InMemoryHistoryStore reference = new InMemoryHistoryStore();
        String[] numbers = {"1001", "10-01", "+39 02 100", "(02) 555 100", "2000", "alice", "1002"};
        String[] names = {"", "", "Alice Rossi", "BOB", "", "Carla Bianchi", "Dario"};
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            int n = random.nextInt(numbers.length);
            // out of order on purpose: an older call recorded late must not win the number's latest name
            int minutes = random.nextInt(10_000);
            HistoryEntry e = random.nextBoolean() ? entry("c" + i, numbers[n], random.nextInt(3) == 0 ? "" : names[n], minutes)
                    : missed("c" + i, numbers[n], names[n], minutes);
            await(store.record(e));
            reference.record(e);
        }

        for (String typed : List.of("100", "02100", "(02) 5", "10", "ali", "ROSSI", "bob", "", " ", "+", "9999", "1002")) {
            assertThat(store.suggest(typed, 5)).as("suggest %s", typed).isEqualTo(reference.suggest(typed, 5));
            assertThat(store.search(typed, 20)).as("search %s", typed)
                    .extracting(HistoryEntry::callId).isEqualTo(reference.search(typed, 20).stream().map(HistoryEntry::callId).toList());
        }
    }

    @Test
    void suggestionsAreDistinctNumbersMostRecentFirst() throws Exception {
        SqliteHistoryStore store = open();
        await(store.record(entry("a", "1001", "Alice", 1)));
        await(store.record(entry("b", "1002", "", 2)));
        await(store.record(missed("c", "1001", "", 3)));
        await(store.record(entry("d", "2000", "", 4)));

        List<Suggestion> s = store.suggest("100", 10);

        assertThat(s).extracting(Suggestion::number).containsExactly("1001", "1002");
        assertThat(s.getFirst().name()).isEqualTo("Alice");
        assertThat(s.getFirst().lastCall()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
        assertThat(s.getFirst().outcome()).isEqualTo(io.agentbar.core.history.Outcome.MISSED);
    }

    @Test
    void purgeDropsOldCallsAndTheNamesOnlyTheyKnew() throws Exception {
        SqliteHistoryStore store = open();
        await(store.record(entry("old", "1001", "Alice", 0)));
        await(store.record(entry("new", "1001", "", 120)));
        await(store.record(entry("gone", "2000", "Bob", 1)));

        int purged = store.purgeOlderThan(T0.plus(Duration.ofMinutes(60))).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(purged).isEqualTo(2);
        assertThat(store.recent(10)).extracting(e -> e.callId().value()).containsExactly("new");
        assertThat(store.suggest("", 10)).extracting(Suggestion::number, Suggestion::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1001", ""));
        assertThat(store.search("alice", 10)).isEmpty();
    }

    @Test
    void retentionPurgesAtOnceAndThenOnSchedule() throws Exception {
        MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(10)));
        SqliteHistoryStore store = open(dir.resolve("history.db"), clock);
        await(store.record(entry("ten-days-old", "1001", "", 0)));
        await(store.record(entry("now", "1002", "", (int) Duration.ofDays(10).toMinutes())));
        BlockingQueue<Integer> purges = new ArrayBlockingQueue<>(100);

        int first = store.keepFor(Duration.ofDays(7), Duration.ofMillis(20), purges::add)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(1);

        clock.set(T0.plus(Duration.ofDays(20)));
        Integer later;
        do {
            later = purges.poll(10, TimeUnit.SECONDS);
            assertThat(later).as("a scheduled purge ran").isNotNull();
        } while (later == 0);
        assertThat(later).isEqualTo(1);
        assertThat(store.recent(10)).isEmpty();
    }

    @Test
    void reopeningKeepsTheCallsAndDoesNotMigrateAgain() throws Exception {
        Path file = dir.resolve("history.db");
        SqliteHistoryStore first = SqliteHistoryStore.open(file, Clock.systemUTC());
        await(first.record(entry("c1", "1001", "Alice", 1)));
        first.close();

        SqliteHistoryStore again = open(file, Clock.systemUTC());

        assertThat(again.recent(10)).hasSize(1);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
            assertThat(r.getInt(2)).isEqualTo(HistorySchema.CURRENT);
        }
    }

    @Test
    void theFileIsInWalModeAndOnlyTheOwnerCanReadIt() throws Exception {
        SqliteHistoryStore store = open();
        await(store.record(entry("c1", "1001", "Alice", 1)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        Path wal = dir.resolve("history.db-wal");
        assertThat(wal).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
    }

    @Test
    void aFileThatIsNotADatabaseIsSetAsideNotLost() throws Exception {
        Path file = dir.resolve("history.db");
        Files.writeString(file, "this is not SQLite, just a file in the way ".repeat(200));

        SqliteHistoryStore store = open(file, Clock.systemUTC());

        assertThat(store.recent(10)).isEmpty();
        assertThat(dir.resolve("history.db.corrupt")).exists().content().startsWith("this is not SQLite");
        await(store.record(entry("c1", "1001", "", 1)));
        assertThat(store.recent(10)).hasSize(1);
    }

    @Test
    void aHistoryFromANewerAgentBarIsRefusedNotDamaged() throws Exception {
        Path file = dir.resolve("history.db");
        SqliteHistoryStore.open(file, Clock.systemUTC()).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }

        assertThatThrownBy(() -> SqliteHistoryStore.open(file, Clock.systemUTC()))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("newer AgentBar");
        assertThat(dir.resolve("history.db.corrupt")).doesNotExist();
    }

    @Test
    void aClosedStoreRefusesWritesWithoutThrowing() throws Exception {
        SqliteHistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"), Clock.systemUTC());
        store.close();

        assertThat(store.record(entry("c1", "1001", "", 1)).toCompletableFuture()).isCompletedExceptionally();
    }
}
