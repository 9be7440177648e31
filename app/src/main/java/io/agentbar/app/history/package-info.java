/**
 * The call history in SQLite (ADR 0011): the adapter behind core's
 * {@link io.agentbar.core.history.HistoryStore}, its schema and migrations, and the listener that
 * records each call once when it ends.
 *
 * <pre>
 *  signalling thread --CallChanged(Ended)--> HistoryRecorder --record--> [history-writer thread: write connection]
 *                                                                          one transaction per call, WAL, synchronous=FULL
 *  FX thread --suggest/search/recent--> read connection (WAL: never blocked by the writer)
 *  history-writer: purge older than the retention at start, then daily
 * </pre>
 */
package io.agentbar.app.history;
