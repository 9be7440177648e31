package io.agentbar.ui.settings;

import io.agentbar.core.settings.AudioDeviceCatalog;
import io.agentbar.core.settings.PreferencesStore;
import io.agentbar.core.settings.PreferencesTarget;
import io.agentbar.core.settings.RequirementCheck;

import java.util.Objects;

/** What the settings dialog needs from the rest of the app, all core ports. */
public record SettingsPorts(PreferencesStore store, PreferencesTarget target, AudioDeviceCatalog devices,
                            RequirementCheck requirements) {
    public SettingsPorts {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(requirements, "requirements");
    }
}
