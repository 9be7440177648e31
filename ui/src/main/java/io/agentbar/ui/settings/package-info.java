/**
 * The settings dialog: Profile (read-only), Services (auto answer, notifications), Audio (devices,
 * ringtone, headset) and Requirements (checks with pass/fail and a hint). One view model per tab
 * under {@link io.agentbar.ui.settings.SettingsViewModel}, which owns Save and Cancel: the form
 * edits a copy of the saved preferences; Save validates, stores through the
 * {@link io.agentbar.core.settings.PreferencesStore} and applies through the
 * {@link io.agentbar.core.settings.PreferencesTarget}; Cancel shows the saved ones again.
 * Device listing and checks run on a background executor and come back through the FX executor.
 * {@link io.agentbar.ui.settings.AutoAnswerBadge} is the red auto-answer mark for the bar.
 */
package io.agentbar.ui.settings;
