/**
 * Call recording as the phone sees it: the {@link io.agentbar.core.recording.Recorder} port an
 * adapter implements (files, formats, the per-call limit), and the values the phone publishes.
 *
 * <pre>
 *  Phone.startRecording ─► Recorder.start(session, request) ─► Started(handle) | Refused(reason)
 *  handle: pause / resume / title / stop      the call's end or a blind transfer ─► stop
 * </pre>
 */
package io.agentbar.core.recording;
