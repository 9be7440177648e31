package io.agentbar.sip.media;

import io.agentbar.sip.media.srtp.SrtpKeys;
import io.agentbar.sip.media.srtp.SrtpSession;
import io.agentbar.sip.media.srtp.SrtpSuite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pays jitsi-srtp's first-use cost before the first call. On first use it benchmarks its cipher
 * providers (1.2–1.7 s measured on this project's 2-core CI machine), and a call whose keys arrive
 * then would lose its first second of audio. Pinning the JDK's provider (AES-NI backed, the
 * benchmark's usual winner) and running one packet per suite on a background thread at start-up
 * moves that cost out of the call.
 */
final class CryptoWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(CryptoWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private CryptoWarmUp() {
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("srtp-warm-up").daemon().start(CryptoWarmUp::run);
    }

    private static void run() {
        long start = System.nanoTime();
        try {
            org.jitsi.srtp.crypto.Aes.setFactoryClassName("org.jitsi.srtp.crypto.Aes$SunJCECipherFactory");
            SecureRandom random = new SecureRandom();
            for (SrtpSuite suite : SrtpSuite.values()) {
                try (SrtpSession session = SrtpSession.of(SrtpKeys.random(suite, random), SrtpKeys.random(suite, random))) {
                    byte[] packet = new byte[64];
                    packet[0] = (byte) 0x80;
                    packet[1] = 0;
                    session.protectRtp(packet, 12);
                }
            }
            LOG.debug("SRTP ciphers ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // the first call then pays the cost itself; nothing else depends on this
            LOG.debug("SRTP warm-up failed", e);
        }
    }
}
