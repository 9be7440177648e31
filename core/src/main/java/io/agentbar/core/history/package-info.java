/**
 * The call history: one {@link io.agentbar.core.history.HistoryEntry} per finished call, kept by a
 * {@link io.agentbar.core.history.HistoryStore} (an embedded database in the app) and read back for
 * the history list and the number field's suggestions.
 *
 * <pre>
 *  Phone --CallChanged(Ended)--> app listener --HistoryEntry.fromEnded--> HistoryStore.record (writer thread)
 *  number field --typed text--> NumberSuggestions.suggest --> distinct numbers, most recent first
 * </pre>
 *
 * Matching is defined once, in {@link io.agentbar.core.history.SearchKey}, so every store finds the same calls.
 */
package io.agentbar.core.history;
