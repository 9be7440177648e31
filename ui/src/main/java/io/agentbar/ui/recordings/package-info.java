/**
 * The agent's call recordings: a window that lists them newest first, filters them as the agent
 * types and plays one at a time.
 *
 * <pre>
 *  RecordingCatalog.list() ─(background)─► FxBridge ─► RecordingsViewModel ─► rows (RecordingSearch)
 *  RecordingCell play/stop ─► RecordingsViewModel.toggle ─► RecordingPlayer
 *  RecordingPlayer ─PlaybackState─► FxBridge ─► RecordingsViewModel.playback ─► the row's :playing look
 * </pre>
 *
 * {@link io.agentbar.ui.recordings.RecordingsWindow} is the entry point: {@code open(owner, vm)},
 * or {@code installShortcut(scene, vm)} for Ctrl+R on the bar.
 */
package io.agentbar.ui.recordings;
