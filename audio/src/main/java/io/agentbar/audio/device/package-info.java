/**
 * Sound devices: the clocks the whole pipeline runs on. Every device speaks 48 kHz mono 16-bit
 * in 20 ms frames and blocks in {@code read}/{@code write} for as long as its clock requires.
 *
 * <pre>
 *  CaptureDevice.read ◄── JavaSoundCapture (hardware clock, TargetDataLine, 3-frame buffer)
 *                     ◄── WavFileCapture / ToneCapture / SilentCapture (FrameClock, real time)
 *                     ◄── LoopbackDevices.capture ◄── DelayLine ◄──┐
 *  PlaybackDevice.write ─► JavaSoundPlayback (hardware clock, SourceDataLine, 4-frame buffer)
 *                       ─► WavFileRecorder / NullPlayback (FrameClock, real time)
 *                       ─► WavFileSpeaker.line (FrameClock each) ─► one mixed WAV for all lines
 *                       ─► LoopbackDevices.playback ───────────────┘
 *  DeviceFactory: fresh devices per call.   DeviceCatalog: mixer names for settings.
 * </pre>
 *
 * javax.sound stays inside the {@code JavaSound*} classes; its failures surface as
 * {@link io.agentbar.audio.device.AudioDeviceException}.
 */
package io.agentbar.audio.device;
