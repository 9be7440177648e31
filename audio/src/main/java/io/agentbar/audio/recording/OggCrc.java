package io.agentbar.audio.recording;

/**
 * The Ogg page checksum (RFC 3533 §6): CRC-32 with generator polynomial 0x04c11db7, computed
 * most-significant bit first, initial value 0, no reflection and no final xor. It is not the
 * zip/PNG CRC-32 of {@link java.util.zip.CRC32}, which reflects its bits. Public for the reader
 * in {@code audio.playback}, which checks every page it reads.
 */
public final class OggCrc {
    private static final int POLYNOMIAL = 0x04c11db7;
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ POLYNOMIAL : r << 1;
            }
            TABLE[i] = r;
        }
    }

    private OggCrc() {
    }

    public static int checksum(byte[] data, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ data[i]) & 0xFF];
        }
        return crc;
    }
}
