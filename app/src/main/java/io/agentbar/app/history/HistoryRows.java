package io.agentbar.app.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.Outcome;
import io.agentbar.core.history.SearchKey;
import io.agentbar.core.history.Suggestion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the history and the mapping between rows and core records. Times are stored as epoch
 * milliseconds. Matching follows {@link SearchKey}: the keys are computed here, once, on write.
 */
final class HistoryRows {
    private static final String CALL_COLUMNS = "call_id, direction, number, uri, name, started_at, answered_at, "
            + "ended_at, duration_ms, reason, status, outcome";

    /** Typed text matches a row when its number key or its name key contains the typed keys (blank matches all). */
    private static final String MATCHES = "((?1 <> '' AND instr(number_key, ?1) > 0) OR (?2 <> '' AND instr(name_key, ?2) > 0)"
            + " OR (?1 = '' AND ?2 = ''))";

    private HistoryRows() {
    }

    /** Adds the call and refreshes its number's row; false when the call was already there. */
    static boolean insert(Connection c, HistoryEntry e) throws SQLException {
        String numberKey = SearchKey.number(e.number());
        String nameKey = SearchKey.name(e.name());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO calls(" + CALL_COLUMNS
                + ", number_key, name_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(call_id) DO NOTHING")) {
            p.setString(1, e.callId().value());
            p.setString(2, e.direction().name());
            p.setString(3, e.number());
            p.setString(4, e.uri());
            p.setString(5, e.name());
            p.setLong(6, e.started().toEpochMilli());
            if (e.answered().isPresent()) {
                p.setLong(7, e.answered().get().toEpochMilli());
            } else {
                p.setNull(7, Types.INTEGER);
            }
            p.setLong(8, e.ended().toEpochMilli());
            p.setLong(9, e.duration().toMillis());
            p.setString(10, e.reason().name());
            p.setInt(11, e.status());
            p.setString(12, e.outcome().name());
            p.setString(13, numberKey);
            p.setString(14, nameKey);
            if (p.executeUpdate() == 0) {
                return false;
            }
        }
        // SET expressions read the row as it was, so each column compares against the old last_at/name_at
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO numbers(number_key, number, name, name_key, name_at, last_at, direction, outcome)
                VALUES (?1, ?2, ?3, ?4, CASE WHEN ?3 = '' THEN 0 ELSE ?5 END, ?5, ?6, ?7)
                ON CONFLICT(number_key) DO UPDATE SET
                    number = CASE WHEN excluded.last_at >= last_at THEN excluded.number ELSE number END,
                    direction = CASE WHEN excluded.last_at >= last_at THEN excluded.direction ELSE direction END,
                    outcome = CASE WHEN excluded.last_at >= last_at THEN excluded.outcome ELSE outcome END,
                    last_at = max(last_at, excluded.last_at),
                    name = CASE WHEN excluded.name <> '' AND excluded.last_at >= name_at THEN excluded.name ELSE name END,
                    name_key = CASE WHEN excluded.name <> '' AND excluded.last_at >= name_at THEN excluded.name_key ELSE name_key END,
                    name_at = CASE WHEN excluded.name <> '' AND excluded.last_at >= name_at THEN excluded.last_at ELSE name_at END""")) {
            p.setString(1, numberKey);
            p.setString(2, e.number());
            p.setString(3, e.name());
            p.setString(4, nameKey);
            p.setLong(5, e.started().toEpochMilli());
            p.setString(6, e.direction().name());
            p.setString(7, e.outcome().name());
            p.executeUpdate();
        }
        return true;
    }

    /** Deletes calls that ended before {@code cutoff}; the numbers table is rebuilt from what is left. */
    static int purge(Connection c, Instant cutoff) throws SQLException {
        int deleted;
        try (PreparedStatement p = c.prepareStatement("DELETE FROM calls WHERE ended_at < ?")) {
            p.setLong(1, cutoff.toEpochMilli());
            deleted = p.executeUpdate();
        }
        if (deleted > 0) {
            rebuildNumbers(c); // a name seen only in a purged call must go with it
        }
        return deleted;
    }

    /** Recomputes every number's row from the calls: the latest call, and the latest one with a name. */
    static void rebuildNumbers(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM numbers");
            s.execute("""
                    INSERT INTO numbers(number_key, number, name, name_key, name_at, last_at, direction, outcome)
                    SELECT l.number_key, l.number, coalesce(n.name, ''), coalesce(n.name_key, ''), coalesce(n.started_at, 0),
                           l.started_at, l.direction, l.outcome
                    FROM (SELECT *, row_number() OVER (PARTITION BY number_key ORDER BY started_at DESC, id DESC) AS rn
                          FROM calls) l
                    LEFT JOIN (SELECT number_key, name, name_key, started_at,
                                      row_number() OVER (PARTITION BY number_key ORDER BY started_at DESC, id DESC) AS rn
                               FROM calls WHERE name <> '') n
                           ON n.number_key = l.number_key AND n.rn = 1
                    WHERE l.rn = 1""");
        }
    }

    static List<HistoryEntry> recent(Connection c, int limit) throws SQLException {
        return search(c, "", limit);
    }

    static List<HistoryEntry> search(Connection c, String text, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + CALL_COLUMNS + " FROM calls WHERE " + MATCHES
                + " ORDER BY started_at DESC, id DESC LIMIT ?3")) {
            bindMatch(p, text, limit);
            List<HistoryEntry> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(entry(r));
                }
            }
            return out;
        }
    }

    static List<Suggestion> suggest(Connection c, String typed, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT number, name, last_at, direction, outcome FROM numbers WHERE "
                + MATCHES + " ORDER BY last_at DESC LIMIT ?3")) {
            bindMatch(p, typed, limit);
            List<Suggestion> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Suggestion(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                            Direction.valueOf(r.getString(4)), Outcome.valueOf(r.getString(5))));
                }
            }
            return out;
        }
    }

    private static void bindMatch(PreparedStatement p, String text, int limit) throws SQLException {
        p.setString(1, SearchKey.number(text));
        p.setString(2, SearchKey.name(text));
        p.setInt(3, Math.max(0, limit));
    }

    private static HistoryEntry entry(ResultSet r) throws SQLException {
        long answered = r.getLong(7);
        Optional<Instant> answeredAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(answered));
        return new HistoryEntry(new CallId(r.getString(1)), Direction.valueOf(r.getString(2)), r.getString(3),
                r.getString(4), r.getString(5), Instant.ofEpochMilli(r.getLong(6)), answeredAt,
                Instant.ofEpochMilli(r.getLong(8)), Duration.ofMillis(r.getLong(9)), EndReason.valueOf(r.getString(10)),
                r.getInt(11), Outcome.valueOf(r.getString(12)));
    }
}
