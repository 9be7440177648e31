/**
 * Playing recordings back to the agent: a file is read page by page, decoded and mixed to the
 * pipeline's mono, and written to a speaker whose clock paces it.
 *
 * <pre>
 *  file ─► OggPage (CRC checked, resync on garbage, a torn last page ends the stream)
 *       ─► OggPackets (joined across pages) ─► OggOpusSource (Concentus, pre-skip, end trim, L+R mix)
 *  file ─► WavSource (streamed, sizes that lag behind the data tolerated, L+R mix)
 *                       └──► PcmSource.read(20 ms) ─► FilePlayer thread ─► PlaybackDevice.write
 * </pre>
 *
 * {@link io.agentbar.audio.playback.RecordingLength} reads only a file's ends to tell its length.
 */
package io.agentbar.audio.playback;
