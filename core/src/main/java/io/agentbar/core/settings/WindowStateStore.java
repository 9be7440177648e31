package io.agentbar.core.settings;

import java.io.IOException;

/** Keeps the bar window's place and behaviour between runs. */
public interface WindowStateStore {
    /** The saved state; {@link WindowState#defaults()} for anything missing or unreadable. */
    WindowState load();

    /** Saves atomically, apart from the preferences: moving the window never rewrites them. */
    void save(WindowState state) throws IOException;

    /** Nothing kept: tests and a bar without a settings file. */
    static WindowStateStore inMemory() {
        return new WindowStateStore() {
            private volatile WindowState state = WindowState.defaults();

            @Override
            public WindowState load() {
                return state;
            }

            @Override
            public void save(WindowState s) {
                state = s;
            }
        };
    }
}
