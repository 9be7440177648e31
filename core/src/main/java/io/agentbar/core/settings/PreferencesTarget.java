package io.agentbar.core.settings;

/**
 * What preferences take effect on: the phone (auto answer, ringtone switch), the ringer (volume,
 * device) and the devices of the next call. Returns at once; the phone applies on its own thread.
 */
@FunctionalInterface
public interface PreferencesTarget {
    void apply(Preferences preferences);
}
