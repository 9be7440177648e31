package io.agentbar.ui.settings;

/**
 * One line of the Requirements tab.
 *
 * @param id     the row's stable node id, e.g. {@code settings-check-server}
 * @param name   the requirement as the agent reads it
 * @param passed whether it is met
 * @param hint   what was found, and when failed what to do
 */
public record CheckRow(String id, String name, boolean passed, String hint) {
}
