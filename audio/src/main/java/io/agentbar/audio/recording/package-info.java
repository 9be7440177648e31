/**
 * Call recording: both sides of a call into one stereo file, agent left and customer right,
 * with a JSON metadata file beside it.
 *
 * <pre>
 *  send thread (AudioTap.frame) ─► CallRecording: interleave into FrameRing slot (drop + count when full)
 *                                        │  commands: pause │ resume │ title │ stop (any thread, non-blocking)
 *                                        ▼
 *  writer thread: RecordingWriter ─► OggOpusSink (Concentus stereo ─► OggPageWriter, a page per second)
 *                                 │  or WavSink (WavWriter, header sizes rewritten every second)
 *                                 └► RecordingSidecar: &lt;file&gt;.json, replaced atomically on each change
 * </pre>
 *
 * {@link io.agentbar.audio.recording.CallRecordings} creates the recordings of one call, taps
 * them into its {@code MediaSession} and refuses a third. Files are written so that killing the
 * process loses at most the last second: Ogg pages and WAV sizes are complete on disk every
 * second. After such a crash the metadata still says "recording" with the counts of its last
 * change; the audio file itself says how long it is.
 */
package io.agentbar.audio.recording;
