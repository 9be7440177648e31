/**
 * The adapters behind the settings dialog: the sound devices the agent picked
 * ({@link io.agentbar.app.settings.ChosenSoundDevices}), preferences taking effect on the phone
 * ({@link io.agentbar.app.settings.PhonePreferences}), the device list and the requirement checks.
 * {@link io.agentbar.app.settings.SettingsAssembly} wires them to the ui's settings view model.
 */
package io.agentbar.app.settings;
