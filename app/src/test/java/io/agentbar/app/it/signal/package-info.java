/**
 * Audio test signals and their analysis, without javax.sound: {@link io.agentbar.app.it.signal.Wav} (16-bit PCM WAV
 * read/write), {@link io.agentbar.app.it.signal.Tones} (sines) and {@link io.agentbar.app.it.signal.SignalAnalysis}
 * (Goertzel tone detection, dominant frequency, cross-correlation). Used to assert what a call actually carried.
 */
package io.agentbar.app.it.signal;
