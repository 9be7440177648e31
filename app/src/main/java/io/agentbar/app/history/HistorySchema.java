package io.agentbar.app.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history's tables and how a file of an older version is brought up to date. The version lives
 * in {@code schema_version}; each {@link Migration} moves it up by one inside its own transaction, so
 * a crash during an upgrade leaves the file at the last complete version.
 */
final class HistorySchema {
    /** One step up: {@code from} is the version it upgrades (0 is an empty file). */
    record Migration(int from, String... statements) {
    }

    /** Add a step here for each change of the tables; never edit a released one. */
    static final List<Migration> MIGRATIONS = List.of(new Migration(0,
            """
            CREATE TABLE calls (
                id INTEGER PRIMARY KEY,
                call_id TEXT NOT NULL UNIQUE,
                direction TEXT NOT NULL,
                number TEXT NOT NULL,
                number_key TEXT NOT NULL,
                uri TEXT NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                answered_at INTEGER,
                ended_at INTEGER NOT NULL,
                duration_ms INTEGER NOT NULL,
                reason TEXT NOT NULL,
                status INTEGER NOT NULL,
                outcome TEXT NOT NULL)""",
            "CREATE INDEX calls_started ON calls(started_at)",
            "CREATE INDEX calls_ended ON calls(ended_at)",
            "CREATE INDEX calls_number ON calls(number_key, started_at)",
            "CREATE INDEX calls_name ON calls(name_key)",
            // one row per distinct number, kept up to date by each write, so that a suggestion walks
            // the most recent numbers newest first and stops after a handful instead of grouping all calls
            """
            CREATE TABLE numbers (
                number_key TEXT PRIMARY KEY,
                number TEXT NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                name_at INTEGER NOT NULL,
                last_at INTEGER NOT NULL,
                direction TEXT NOT NULL,
                outcome TEXT NOT NULL) WITHOUT ROWID""",
            "CREATE INDEX numbers_recent ON numbers(last_at)"));

    static final int CURRENT = MIGRATIONS.size();

    private HistorySchema() {
    }

    /**
     * Brings the file to the last version of {@code migrations}.
     *
     * @throws SQLException also when the file comes from a newer AgentBar (its version is unknown here)
     */
    static int migrate(Connection c, List<Migration> migrations) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int version = version(c);
        if (version > migrations.size()) {
            throw new SQLException("the call history was written by a newer AgentBar (schema " + version
                    + ", this one knows up to " + migrations.size() + ")");
        }
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).from() != i) {
                throw new IllegalArgumentException("migration " + i + " says it upgrades version " + migrations.get(i).from());
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Migration m : migrations.subList(version, migrations.size())) {
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    s.execute("DELETE FROM schema_version");
                    s.execute("INSERT INTO schema_version(version) VALUES (" + (m.from() + 1) + ")");
                }
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return version(c);
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
