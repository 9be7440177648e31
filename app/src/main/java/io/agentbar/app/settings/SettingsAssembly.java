package io.agentbar.app.settings;

import io.agentbar.app.Version;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.settings.PreferencesStore;
import io.agentbar.core.settings.PreferencesTarget;
import io.agentbar.core.settings.Profile;
import io.agentbar.ui.settings.SettingsPorts;
import io.agentbar.ui.settings.SettingsViewModel;

import java.util.concurrent.Executor;

/** Wires the settings dialog's view model to the phone, the settings file and the sound system. */
public final class SettingsAssembly {
    private SettingsAssembly() {
    }

    /**
     * @param fx where results of device listing and checks are handed back (the FX thread)
     */
    public static SettingsViewModel viewModel(Phone phone, PreferencesStore store, PreferencesTarget target,
                                              Executor fx) {
        SoundDeviceCatalog devices = new SoundDeviceCatalog();
        SystemRequirements requirements = new SystemRequirements(phone.account(), devices);
        phone.subscribe(requirements);
        // checks and device listing block for seconds at worst; a virtual thread each keeps them off the FX thread
        Executor background = task -> Thread.ofVirtual().name("settings-check").start(task);
        return new SettingsViewModel(Profile.of(phone.account(), Version.current()),
                new SettingsPorts(store, target, devices, requirements), background, fx);
    }
}
