/**
 * Call recording as the phone sees it: the {@link io.agentbar.core.recording.Recorder} port an
 * adapter implements (files, formats, the per-call limit), and the values the phone publishes;
 * and the read side the agent's recordings list uses: the
 * {@link io.agentbar.core.recording.RecordingCatalog} of {@link io.agentbar.core.recording.RecordingEntry}s,
 * {@link io.agentbar.core.recording.RecordingSearch}, and the {@link io.agentbar.core.recording.RecordingPlayer}.
 *
 * <pre>
 *  Phone.startRecording ─► Recorder.start(session, request) ─► Started(handle) | Refused(reason)
 *  handle: pause / resume / title / stop      the call's end or a blind transfer ─► stop
 *
 *  list window ─► RecordingCatalog.list() ─► entries (newest first) ─► RecordingSearch.filter(typed text)
 *              ─► RecordingPlayer.play(entry) │ stop() ─► PlaybackState: Idle │ Playing(file) │ Failed
 * </pre>
 */
package io.agentbar.core.recording;
