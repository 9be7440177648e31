package io.agentbar.core.settings;

/** Which token set the window is drawn with. */
public enum ThemeMode {
    LIGHT, DARK
}
