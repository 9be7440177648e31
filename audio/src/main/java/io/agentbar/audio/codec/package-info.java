/**
 * Codecs behind two small interfaces that speak device frames (48 kHz mono, 20 ms) on one side
 * and RTP payloads on the other, so the pipeline never sees a codec's native rate.
 *
 * <pre>
 *  encode: 960 samples @48k ──► OpusAudioEncoder ───────────────────────► Opus payload (48 kHz clock)
 *                          └──► G711Encoder: Resampler ÷6 ─► μ/A-law ───► 160 bytes (8 kHz clock)
 *
 *  decode: payload ──► OpusAudioDecoder (PLC: null input; FEC: next packet, decodeFec) ─► @48k
 *                 └──► G711Decoder: μ/A-law ─► (PLC: fading repeat) ─► Resampler ×6 ─► @48k
 * </pre>
 *
 * Instances hold stream state: one per stream and thread. Nothing here allocates per frame, but
 * Concentus does inside its encoder and decoder (about 130 KB and 30 KB per 20 ms frame).
 */
package io.agentbar.audio.codec;
