package io.agentbar.audio.codec;

/**
 * How the Opus encoder spends its bits.
 *
 * @param bitrate           bits per second (6000–510000); 32 kb/s is transparent for wideband voice
 * @param complexity        0–10; Concentus costs about 1 ms per frame at 8 (see tech notes §4)
 * @param packetLossPercent the loss the encoder plans FEC for until the far end reports more
 */
public record OpusSettings(int bitrate, int complexity, int packetLossPercent) {
    public OpusSettings {
        if (bitrate < 6000 || bitrate > 510_000) {
            throw new IllegalArgumentException("Opus bitrate out of range: " + bitrate);
        }
        if (complexity < 0 || complexity > 10) {
            throw new IllegalArgumentException("Opus complexity out of range: " + complexity);
        }
        if (packetLossPercent < 0 || packetLossPercent > 100) {
            throw new IllegalArgumentException("packet loss out of range: " + packetLossPercent);
        }
    }

    public static OpusSettings defaults() {
        return new OpusSettings(32_000, 8, 10);
    }
}
