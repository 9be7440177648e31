package io.agentbar.core.settings;

/** The screen corner where toast notifications appear; top right as in the browser bar. */
public enum NotificationPosition {
    TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT
}
