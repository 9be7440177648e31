/**
 * RIFF/WAVE files of 16-bit PCM in pure Java (no javax.sound): a reader that accepts what real
 * files contain (extensible format, LIST chunks, odd-sized chunks, unknown lengths) and a
 * streaming writer that keeps the header valid at every flush.
 *
 * <pre>
 *  RIFF size WAVE ─┬─ "fmt " (PCM or EXTENSIBLE/PCM, channels, rate, 16 bits)
 *                  ├─ other chunks (skipped, word aligned)
 *                  └─ "data" samples, little-endian, interleaved
 * </pre>
 */
package io.agentbar.audio.wav;
