package io.agentbar.audio.rtp;

import java.time.Instant;

/** 64-bit NTP timestamps (seconds since 1900 in the high word, binary fraction in the low word). */
public final class NtpTime {
    private static final long EPOCH_OFFSET_SECONDS = 2_208_988_800L;

    private NtpTime() {
    }

    public static long of(Instant instant) {
        long seconds = instant.getEpochSecond() + EPOCH_OFFSET_SECONDS;
        long fraction = ((long) instant.getNano() << 32) / 1_000_000_000L;
        return (seconds << 32) | fraction;
    }

    /** The middle 32 bits, the compact form LSR and DLSR use (units of 1/65536 s). */
    public static long middle32(long ntp) {
        return (ntp >>> 16) & 0xFFFFFFFFL;
    }

    /** Nanoseconds as units of 1/65536 s, for DLSR. */
    public static long nanosToCompact(long nanos) {
        // System.nanoTime may be huge or negative: split before shifting so nothing overflows
        long seconds = Math.floorDiv(nanos, 1_000_000_000L);
        long rest = Math.floorMod(nanos, 1_000_000_000L);
        return ((seconds << 16) + (rest << 16) / 1_000_000_000L) & 0xFFFFFFFFL;
    }

    /** Units of 1/65536 s as milliseconds. */
    public static long compactToMillis(long compact) {
        return compact * 1000 >>> 16;
    }
}
