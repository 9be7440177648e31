package io.agentbar.app.history;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Semaphore;

/**
 * Child process for {@link HistoryCrashTest}: records calls as fast as the store takes them, a few in
 * flight at once so that a kill lands inside a transaction, and prints {@code committed N} for each
 * call the store reported durable. Runs until it is killed.
 */
public final class HistoryWriterProcess {
    private HistoryWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        SqliteHistoryStore store = SqliteHistoryStore.open(Path.of(args[0]), Clock.systemUTC());
        Semaphore inFlight = new Semaphore(8);
        for (int n = 1; ; n++) {
            inFlight.acquire();
            int id = n;
            store.record(HistoryEntries.entry("call-" + id, "555" + id, "Caller " + id, id % 10_000))
                    .whenComplete((ok, failed) -> {
                        if (failed == null) {
                            synchronized (System.out) {
                                System.out.println("committed " + id);
                                System.out.flush();
                            }
                        } else {
                            System.out.println("failed " + id + " " + failed);
                        }
                        inFlight.release();
                    });
        }
    }
}
