package io.agentbar.audio.codec;

/**
 * ITU-T G.711 companding between 16-bit linear samples and 8-bit μ-law (PCMU) or A-law (PCMA).
 * Encoding uses bit operations (segment = position of the highest set bit); decoding uses
 * 256-entry tables built from the same definitions.
 */
public final class G711 {
    /** The two companding laws. */
    public enum Law { MU, A }

    private static final int MU_BIAS = 0x84;
    private static final int MU_CLIP = 32635;
    private static final short[] MU_TABLE = new short[256];
    private static final short[] A_TABLE = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            MU_TABLE[i] = muToLinear(i);
            A_TABLE[i] = aToLinear(i);
        }
    }

    private G711() {
    }

    public static byte encode(Law law, short sample) {
        return law == Law.MU ? linearToMu(sample) : linearToA(sample);
    }

    public static short decode(Law law, byte code) {
        return law == Law.MU ? MU_TABLE[code & 0xFF] : A_TABLE[code & 0xFF];
    }

    static byte linearToMu(short sample) {
        int pcm = sample;
        int sign = 0;
        if (pcm < 0) {
            pcm = -pcm;
            sign = 0x80;
        }
        pcm = Math.min(pcm, MU_CLIP) + MU_BIAS;
        // pcm >> 7 is in 1..255, so its highest bit is the segment 0..7
        int segment = 31 - Integer.numberOfLeadingZeros(pcm >> 7);
        int mantissa = (pcm >> (segment + 3)) & 0x0F;
        return (byte) ~(sign | (segment << 4) | mantissa);
    }

    private static short muToLinear(int code) {
        int u = ~code & 0xFF;
        int t = ((u & 0x0F) << 3) + MU_BIAS;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? MU_BIAS - t : t - MU_BIAS);
    }

    static byte linearToA(short sample) {
        int pcm = sample >> 3; // A-law works on 13 bits
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        // segment ends are 0x1F, 0x3F, ... 0xFFF: segment = highest bit of (pcm >> 4), 0 when below 32
        int segment = pcm < 0x20 ? 0 : 32 - Integer.numberOfLeadingZeros(pcm >> 5);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int value = segment << 4;
        value |= segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
        return (byte) (value ^ mask);
    }

    private static short aToLinear(int code) {
        int a = code ^ 0x55;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> {
                t += 0x108;
                t <<= segment - 1;
            }
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }
}
