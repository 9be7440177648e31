/**
 * The ringtone device's sound: {@link io.agentbar.audio.alert.AlertPattern} computes the frames
 * of one alert signal (tone pairs in a cadence), {@link io.agentbar.audio.alert.ToneRinger} plays
 * them on a playback device from its own thread.
 *
 * <pre>
 * Phone (loop thread) ── play(signal) ──► ToneRinger ── start/stop ──► "ringer" thread
 *                                                      AlertPattern.next(frame) ─► PlaybackDevice.write
 * </pre>
 */
package io.agentbar.audio.alert;
