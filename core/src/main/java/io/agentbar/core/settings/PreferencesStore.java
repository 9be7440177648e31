package io.agentbar.core.settings;

import java.io.IOException;

/** Keeps the agent's preferences between runs. */
public interface PreferencesStore {
    /** The saved preferences; {@link Preferences#defaults()} for anything missing or unreadable. */
    Preferences load();

    /** Saves atomically: after a crash the old or the new preferences are there, never a mix. */
    void save(Preferences preferences) throws IOException;
}
