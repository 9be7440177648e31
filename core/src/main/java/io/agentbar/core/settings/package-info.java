/**
 * The agent's own preferences (auto answer, ringtone, audio devices, notifications) and the ports
 * a settings screen needs: a {@link io.agentbar.core.settings.PreferencesStore} that keeps them, a
 * {@link io.agentbar.core.settings.PreferencesTarget} that makes them take effect, an
 * {@link io.agentbar.core.settings.AudioDeviceCatalog} of devices to choose from, and a
 * {@link io.agentbar.core.settings.RequirementCheck} that tells the agent whether the machine can phone.
 *
 * <pre>
 *   settings screen ──load──► PreferencesStore ◄──save── settings screen (Save)
 *                                                         │
 *                                                         └─apply─► PreferencesTarget (phone, ringer, devices)
 * </pre>
 */
package io.agentbar.core.settings;
