package io.agentbar.sip.media.ice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Offer/answer between two sessions in one JVM, as the SDP exchange would do it. */
final class IcePair {
    private IcePair() {
    }

    static IceConnection[] connect(IceSession offerer, IceSession answerer, Duration timeout) throws Exception {
        CompletableFuture<IceConnection> a = offerer.connect(answerer.localUfrag(), answerer.localPassword(),
                answerer.localCandidates(), timeout);
        CompletableFuture<IceConnection> b = answerer.connect(offerer.localUfrag(), offerer.localPassword(),
                offerer.localCandidates(), timeout);
        long wait = timeout.toMillis() + 5_000;
        return new IceConnection[] {a.get(wait, TimeUnit.MILLISECONDS), b.get(wait, TimeUnit.MILLISECONDS)};
    }

    /** One datagram each way, compared byte for byte. */
    static void assertExchange(IceConnection left, IceConnection right) throws IOException {
        assertArrives(left, right, "DTLS-ish hello from the offerer");
        assertArrives(right, left, "and the answer back");
    }

    private static void assertArrives(IceConnection from, IceConnection to, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.US_ASCII);
        payload[0] = 22; // RFC 7983: a DTLS record's first byte, never mistaken for STUN
        from.send(payload, 0, payload.length);
        byte[] buf = new byte[2048];
        int n = to.receive(buf, Duration.ofSeconds(5));
        assertThat(n).as("datagram arrived").isEqualTo(payload.length);
        assertThat(Arrays.copyOf(buf, n)).isEqualTo(payload);
    }
}
