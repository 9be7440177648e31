package io.agentbar.sip.media.ice;

import org.jitsi.metaconfig.MetaconfigSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 7675 consent: a peer that vanishes is noticed. The timers are shortened from ice4j's 15 s
 * per check and 15 s of retransmissions so the test takes seconds; the mechanism is the same.
 * Expiry still needs 3.5 s of silence: shorter spans (1.5 s) expired now and then against a
 * live peer on this loaded 2-core host.
 */
class ConsentFreshnessTest {
    private static final Map<String, String> FAST_CONSENT = Map.of(
            "ice4j.consent-freshness.interval", "1 second",
            "ice4j.consent-freshness.randomize-interval", "false",
            "ice4j.consent-freshness.original-wait-interval", "500 milliseconds",
            "ice4j.consent-freshness.max-wait-interval", "500 milliseconds",
            "ice4j.consent-freshness.max-retransmissions", "6");

    @BeforeAll
    static void shortenConsentTimers() {
        // ice4j's config library caches each value at first read; an Agent built by an earlier
        // test in this JVM would pin the 15 s defaults without this.
        MetaconfigSettings.Companion.setCacheEnabled(false);
        FAST_CONSENT.forEach(Ice4jConfiguration::override);
    }

    @AfterAll
    static void restoreConsentTimers() {
        FAST_CONSENT.keySet().forEach(key -> Ice4jConfiguration.override(key, null));
        MetaconfigSettings.Companion.setCacheEnabled(true);
    }

    @Test
    void consentIsLostWhenThePeerGoesAwayAndKeptWhileItAnswers() throws Exception {
        try (IceSession offerer = IceSession.gather(IceSessionTest.LOOPBACK, IceServers.none(), true)) {
            IceSession answerer = IceSession.gather(IceSessionTest.LOOPBACK, IceServers.none(), false);
            IceConnection[] pair;
            try {
                pair = IcePair.connect(offerer, answerer, IceSessionTest.CONNECT);
                CompletableFuture<Void> lost = pair[0].consentLost();

                // Several consent rounds pass while the peer still answers.
                assertThat(pair[1].receive(new byte[64], java.time.Duration.ofMillis(3000))).isEqualTo(-1);
                assertThat(lost).isNotDone();
            } finally {
                answerer.close();
            }

            pair[0].consentLost().get(20, TimeUnit.SECONDS);
            // RFC 7675 §5.1: no more media once consent is gone; sending is a silent no-op.
            pair[0].send(new byte[] {(byte) 0x80, 0, 0, 1}, 0, 4);
        }
    }
}
