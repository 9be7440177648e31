package io.agentbar.app.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration hook: each step once, in order, and a failed step leaves the file at the last good version. */
class HistorySchemaTest {
    @TempDir
    Path dir;

    @Test
    void aFileAtVersionOneIsUpgradedByTheNextStepOnly() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"))) {
            assertThat(HistorySchema.migrate(c, HistorySchema.MIGRATIONS)).isEqualTo(1);
            List<HistorySchema.Migration> next = new ArrayList<>(HistorySchema.MIGRATIONS);
            next.add(new HistorySchema.Migration(1, "ALTER TABLE calls ADD COLUMN note TEXT NOT NULL DEFAULT ''"));

            assertThat(HistorySchema.migrate(c, next)).isEqualTo(2);
            assertThat(HistorySchema.migrate(c, next)).as("run again: nothing to do").isEqualTo(2);

            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM pragma_table_info('calls') WHERE name = 'note'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aFailingStepLeavesTheLastCompleteVersion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"))) {
            HistorySchema.migrate(c, HistorySchema.MIGRATIONS);
            List<HistorySchema.Migration> broken = new ArrayList<>(HistorySchema.MIGRATIONS);
            broken.add(new HistorySchema.Migration(1, "ALTER TABLE calls ADD COLUMN half TEXT", "THIS IS NOT SQL"));

            assertThatThrownBy(() -> HistorySchema.migrate(c, broken)).isInstanceOf(java.sql.SQLException.class);

            assertThat(HistorySchema.version(c)).isEqualTo(1);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM pragma_table_info('calls') WHERE name = 'half'")) {
                r.next();
                assertThat(r.getInt(1)).as("the half-done step was rolled back").isZero();
            }
        }
    }
}
