package io.agentbar.core.history;

import java.util.List;

/** The one query the number field needs: what the UI may see of the history store. */
@FunctionalInterface
public interface NumberSuggestions {
    /**
     * Distinct numbers whose digits contain what was typed (punctuation ignored) or whose name
     * contains it (any case), the most recently called first; at most {@code limit}. Answers fast
     * enough to run on every keystroke.
     */
    List<Suggestion> suggest(String typed, int limit);
}
