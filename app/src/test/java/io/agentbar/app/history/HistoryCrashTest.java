package io.agentbar.app.history;

import io.agentbar.core.history.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killing the app in the middle of history writes loses nothing it reported written: the file opens,
 * passes SQLite's integrity check, and holds every call the child said was committed.
 */
class HistoryCrashTest {
    private static final int BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void historySurvivesAKillDuringWrites() throws Exception {
        Path file = dir.resolve("history.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), HistoryWriterProcess.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        Set<String> committed = new HashSet<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed.add("call-" + line.substring("committed ".length()));
                    if (committed.size() == BEFORE_KILL) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
                        break; // the kill closes our end of the pipe too
                    }
                } else {
                    other.add(line);
                }
            }
        }
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("child output besides commits: %s", other).hasSizeGreaterThanOrEqualTo(BEFORE_KILL);
        assertThat(other).as("nothing failed before the kill").noneMatch(l -> l.startsWith("failed"));

        // a clean close checkpoints and deletes the WAL: its presence shows the store never got to close
        assertThat(dir.resolve("history.db-wal")).exists().isNotEmptyFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(file, Clock.systemUTC())) {
            Set<String> stored = new HashSet<>();
            for (HistoryEntry e : store.recent(Integer.MAX_VALUE)) {
                stored.add(e.callId().value());
            }
            assertThat(stored).containsAll(committed);
            assertThat(store.suggest("5551", 5)).isNotEmpty();
        }
    }
}
