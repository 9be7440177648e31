package io.agentbar.bench.quality;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the relay does to each RTP packet in the impaired direction: lose it (independently with probability
 * {@code loss}, or in bursts by a Gilbert–Elliott chain) and delay the rest by a uniform
 * {@code minDelayMillis..maxDelayMillis}. Delays that differ by more than a packet interval reorder packets.
 *
 * <p>Fates come from a seeded generator in packet order, so the same settings and seed give the n-th packet the same
 * fate whichever phone receives: both receivers face exactly the same loss pattern.
 *
 * @param loss           long-run loss probability (0..1)
 * @param meanBurst      mean length of a loss burst in packets; 1 means independent (Bernoulli) loss
 * @param minDelayMillis smallest one-way delay added
 * @param maxDelayMillis largest one-way delay added
 * @param seed           generator seed
 */
record Impairment(double loss, double meanBurst, int minDelayMillis, int maxDelayMillis, long seed) {

    Impairment {
        if (loss < 0 || loss >= 1 || meanBurst < 1 || minDelayMillis < 0 || maxDelayMillis < minDelayMillis
                || maxDelayMillis > 1000) {
            throw new IllegalArgumentException("bad impairment: loss " + loss + ", burst " + meanBurst + ", delay "
                    + minDelayMillis + ".." + maxDelayMillis + " ms");
        }
        if (meanBurst > 1 && loss / ((1 - loss) * meanBurst) > 1) {
            throw new IllegalArgumentException("loss " + loss + " is unreachable with bursts of " + meanBurst);
        }
    }

    /** Nothing lost, nothing delayed: the relay only observes. */
    static Impairment none() {
        return new Impairment(0, 1, 0, 0, 1);
    }

    /** For the method line, e.g. {@code 10 % random loss, 10–40 ms uniform delay}. */
    String describe() {
        String lossText;
        if (loss == 0) {
            lossText = "no loss";
        } else if (meanBurst > 1) {
            lossText = String.format(Locale.ROOT, "%.0f %% bursty loss (Gilbert–Elliott, mean burst %.0f packets)",
                    loss * 100, meanBurst);
        } else {
            lossText = String.format(Locale.ROOT, "%.0f %% random loss", loss * 100);
        }
        return maxDelayMillis == 0 ? lossText
                : lossText + ", " + minDelayMillis + "–" + maxDelayMillis + " ms uniform delay";
    }

    Fates fates() {
        return new Fates(this);
    }

    /** The fate of each packet in turn. Not thread-safe: one relay direction owns it. */
    static final class Fates {
        private final SplittableRandom random;
        private final double enterBurst;
        private final double leaveBurst;
        private final Impairment settings;
        private boolean inBurst;

        private Fates(Impairment settings) {
            this.settings = settings;
            this.random = new SplittableRandom(settings.seed);
            // Gilbert–Elliott with a lossless good state and an all-lost bad state: the chain leaves the bad state with
            // probability r (mean burst 1/r) and enters it with p, so the stationary loss p/(p+r) equals `loss`
            this.leaveBurst = 1 / settings.meanBurst;
            this.enterBurst = settings.loss * leaveBurst / (1 - settings.loss);
        }

        /** True when the next packet is lost. */
        boolean lost() {
            if (settings.meanBurst <= 1) {
                return random.nextDouble() < settings.loss;
            }
            inBurst = inBurst ? random.nextDouble() >= leaveBurst : random.nextDouble() < enterBurst;
            return inBurst;
        }

        /** The delay of the next packet that is not lost, in nanoseconds. */
        long delayNanos() {
            int spread = settings.maxDelayMillis - settings.minDelayMillis;
            double millis = settings.minDelayMillis + (spread == 0 ? 0 : random.nextDouble() * spread);
            return Math.round(millis * 1_000_000);
        }
    }
}
