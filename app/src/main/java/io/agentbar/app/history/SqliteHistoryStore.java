package io.agentbar.app.history;

import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.HistoryStore;
import io.agentbar.core.history.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The call history in one SQLite file (ADR 0011). Writes run on the store's own thread, one
 * transaction each, in WAL mode with {@code synchronous=FULL}: a call reported recorded is on disk
 * and survives the process being killed or the power failing. Reads use a second connection, which
 * the writer never blocks.
 */
public final class SqliteHistoryStore implements HistoryStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteHistoryStore.class);
    private static final Duration PURGE_PERIOD = Duration.ofDays(1);

    private final Path file;
    private final Clock clock;
    /** Owns {@link #write}: every write and purge runs here, in order. */
    private final ScheduledExecutorService writer;
    private final Connection write;
    /** Guarded by itself: queries may come from the FX thread and the API at once. */
    private final Connection read;

    private SqliteHistoryStore(Path file, Clock clock, Connection write, Connection read) {
        this.file = file;
        this.clock = clock;
        this.write = write;
        this.read = read;
        this.writer = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("history-writer").daemon().unstarted(r));
    }

    /** {@code -Dagentbar.history.file}, else {@code $XDG_DATA_HOME/agentbar/history.db}, else {@code ~/.local/share/agentbar/history.db}. */
    public static Path standardFile() {
        String override = System.getProperty("agentbar.history.file");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("agentbar").resolve("history.db");
    }

    /**
     * Opens (or creates) the history in {@code file}, upgrading an older schema. A file that is not a
     * database is set aside as {@code .corrupt} (never deleted) and a new one started.
     */
    public static SqliteHistoryStore open(Path file, Clock clock) throws IOException {
        try {
            return connect(file, clock);
        } catch (SQLException e) {
            if (!unreadable(e)) {
                throw new IOException("cannot open the call history " + file + ": " + e.getMessage(), e);
            }
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.warn("call history {} is unreadable ({}); kept as {} and starting a new one", file, e.getMessage(), aside);
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try {
                return connect(file, clock);
            } catch (SQLException again) {
                throw new IOException("cannot start a new call history " + file + ": " + again.getMessage(), again);
            }
        }
    }

    private static SqliteHistoryStore connect(Path file, Clock clock) throws IOException, SQLException {
        createOwnerOnly(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Connection write = DriverManager.getConnection(url);
        Connection read = null;
        try {
            try (Statement s = write.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                // FULL in WAL mode: each commit waits for the WAL to reach the disk (one fsync per call)
                s.execute("PRAGMA synchronous = FULL");
                check(s);
            }
            HistorySchema.migrate(write, HistorySchema.MIGRATIONS);
            read = DriverManager.getConnection(url);
            try (Statement s = read.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA query_only = 1");
            }
            return new SqliteHistoryStore(file, clock, write, read);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(write);
            closeQuietly(read);
            throw e;
        }
    }

    /** The history is personal data: the file (and so SQLite's -wal and -shm beside it) is the user's alone. */
    private static void createOwnerOnly(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException exists) {
            // opened as it is
        }
    }

    private static void check(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String verdict = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new SQLiteException("quick_check: " + verdict, SQLiteErrorCode.SQLITE_CORRUPT);
            }
        }
    }

    private static boolean unreadable(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || s.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT);
    }

    public Path file() {
        return file;
    }

    @Override
    public CompletionStage<Void> record(HistoryEntry entry) {
        return onWriter(() -> {
            inTransaction(() -> HistoryRows.insert(write, entry));
            return null;
        });
    }

    @Override
    public CompletionStage<Integer> purgeOlderThan(Instant cutoff) {
        return onWriter(() -> inTransaction(() -> HistoryRows.purge(write, cutoff)));
    }

    /**
     * Keeps calls for {@code retention}: purges now, then once a day.
     *
     * @return the first purge (how many calls it deleted)
     */
    public CompletionStage<Integer> keepFor(Duration retention) {
        return keepFor(retention, PURGE_PERIOD, n -> { });
    }

    CompletionStage<Integer> keepFor(Duration retention, Duration period, IntConsumer purged) {
        CompletionStage<Integer> first = purgeOlderThan(clock.instant().minus(retention));
        writer.scheduleAtFixedRate(() -> {
            try {
                int n = inTransaction(() -> HistoryRows.purge(write, clock.instant().minus(retention)));
                LOG.debug("call history: {} calls older than {} days purged", n, retention.toDays());
                purged.accept(n);
            } catch (SQLException e) {
                LOG.warn("call history purge failed; will try again in {}", period, e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return first;
    }

    @Override
    public List<HistoryEntry> recent(int limit) {
        return query(() -> HistoryRows.recent(read, limit));
    }

    @Override
    public List<HistoryEntry> search(String text, int limit) {
        return query(() -> HistoryRows.search(read, text, limit));
    }

    @Override
    public List<Suggestion> suggest(String typed, int limit) {
        return query(() -> HistoryRows.suggest(read, typed, limit));
    }

    /** Waits (bounded) for queued writes, then closes both connections; SQLite checkpoints the WAL on the last close. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("call history writes still queued after 5 s; the last calls may be missing");
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (read) {
            closeQuietly(read);
        }
        closeQuietly(write);
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private <T> CompletionStage<T> onWriter(Sql<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                try {
                    done.complete(work.run());
                } catch (SQLException | RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new IllegalStateException("the call history is closed", e));
        }
        return done;
    }

    /** Runs on the writer thread: all of {@code work} or none of it. */
    private <T> T inTransaction(Sql<T> work) throws SQLException {
        write.setAutoCommit(false);
        try {
            T result = work.run();
            write.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            write.rollback();
            throw e;
        } finally {
            write.setAutoCommit(true);
        }
    }

    private <T> T query(Sql<T> q) {
        synchronized (read) {
            try {
                return q.run();
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("call history unreadable: " + e.getMessage(), e));
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing the call history connection failed", e);
        }
    }
}
