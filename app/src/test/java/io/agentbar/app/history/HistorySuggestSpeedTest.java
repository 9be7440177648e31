package io.agentbar.app.history;

import io.agentbar.core.history.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.agentbar.app.history.HistoryEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the number field's suggestions come from a history of 10 000 calls. Logged, not asserted:
 * timings on a shared machine are no test; the results are.
 */
class HistorySuggestSpeedTest {
    private static final int CALLS = 10_000;
    private static final int NUMBERS = 4_000;

    @TempDir
    Path dir;

    @Test
    void suggestionsFromTenThousandCalls() throws Exception {
        Path file = dir.resolve("history.db");
        Random random = new Random(11);
        String[] numbers = new String[NUMBERS];
        for (int i = 0; i < NUMBERS; i++) {
            numbers[i] = "+39 0" + (2 + random.nextInt(8)) + " " + (1_000_000 + random.nextInt(9_000_000));
        }
        // seeded in one transaction: the point is reading, and 10 000 fsyncs would only time the disk
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            HistorySchema.migrate(c, HistorySchema.MIGRATIONS);
            c.setAutoCommit(false);
            for (int i = 0; i < CALLS; i++) {
                HistoryRows.insert(c, entry("c" + i, numbers[random.nextInt(NUMBERS)], i % 3 == 0 ? "Customer " + i : "", i));
            }
            c.commit();
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(file, Clock.systemUTC())) {
            for (int i = 0; i < 200; i++) { // warm up the JIT and SQLite's page cache
                store.suggest(typed(numbers, random), 8);
            }
            int rounds = 2_000;
            long[] nanos = new long[rounds];
            int found = 0;
            for (int i = 0; i < rounds; i++) {
                String typed = typed(numbers, random);
                long start = System.nanoTime();
                List<Suggestion> s = store.suggest(typed, 8);
                nanos[i] = System.nanoTime() - start;
                found += s.isEmpty() ? 0 : 1;
                assertThat(s).hasSizeLessThanOrEqualTo(8)
                        .allSatisfy(x -> assertThat(x.number().replaceAll("[^0-9]", "")).contains(typed.replaceAll("[^0-9]", "")));
            }
            Arrays.sort(nanos);
            // on stdout, so the figures land in the surefire report beside the test
            System.out.printf("history suggest over %d calls (%d numbers): p50 %d us, p99 %d us, max %d us "
                    + "(%d of %d typed texts found something)%n", CALLS, NUMBERS, nanos[rounds / 2] / 1_000, nanos[rounds * 99 / 100] / 1_000, nanos[rounds - 1] / 1_000,
                    found, rounds);
            assertThat(found).as("typed texts come from stored numbers").isEqualTo(rounds);
        }
    }

    /** The first 1 to 6 digits someone would type of a stored number. */
    private static String typed(String[] numbers, Random random) {
        String digits = numbers[random.nextInt(numbers.length)].replaceAll("[^0-9]", "");
        return digits.substring(0, 1 + random.nextInt(6));
    }
}
