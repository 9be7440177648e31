/**
 * The sample layer every other audio package builds on: the one device format (48 kHz, mono,
 * 16-bit, 20 ms frames), a polyphase resampler and a sample FIFO.
 *
 * <pre>
 *  8 kHz ──Resampler(×6)──► 48 kHz          48 kHz ──Resampler(÷6)──► 8 kHz
 *  decoder output ──► SampleFifo ──► 960-sample device frames
 * </pre>
 */
package io.agentbar.audio.pcm;
