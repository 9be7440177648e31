package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.PresenceStatus;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUBLISH of presence (RFC 3903) against sipp playing the registrar: the PIDF/RPID document with
 * an escaped note, the refresh with SIP-If-Match and no body, and a server without presence that
 * is asked once only.
 */
class PresencePublishSippIT {
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final PresenceStatus LUNCH = new PresenceStatus(false, List.of(PresenceStatus.Activity.AWAY),
            Optional.of("Lunch & <Learn>"));
    private final BlockingQueue<SignallingEvent> events = new LinkedBlockingQueue<>();
    private JainSipSignalling signalling;
    private Sipp server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (signalling != null) {
            signalling.close();
        }
    }

    @Test
    void theDocumentIsPublishedThenRefreshedWithItsEntityTag() throws Exception {
        server = Sipp.start("presence-publish", Sipp.scenarioFile("uas-publish.xml"), "", "-m", "2");
        register();
        signalling.publishPresence(LUNCH);
        await(SignallingEvent.PresencePublished.class);
        // the 2 s lifetime makes the phone refresh; sipp checks the refresh and then has run both calls
        assertThat(server.awaitExit(Duration.ofSeconds(20))).as(server.trace()).isZero();
        assertThat(server.received("PUBLISH")).isEqualTo(2);
        assertThat(events.stream().filter(e -> e instanceof SignallingEvent.PresenceRefused)).isEmpty();
    }

    @Test
    void aServerWithoutPresenceIsReportedAndNotAskedAgain() throws Exception {
        server = Sipp.start("presence-489", Sipp.scenarioFile("uas-publish-489.xml"), "", "-m", "2");
        register();
        signalling.publishPresence(LUNCH);
        SignallingEvent.PresenceRefused refused = await(SignallingEvent.PresenceRefused.class);
        assertThat(refused.status()).isEqualTo(489);
        assertThat(refused.unsupported()).isTrue();
        assertThat(server.awaitExit(STEP)).as(server.trace()).isZero();
        signalling.publishPresence(new PresenceStatus(true, List.of(), Optional.empty()));
        assertThat(await(SignallingEvent.PresenceRefused.class).unsupported()).isTrue();
        assertThat(server.received("PUBLISH")).isEqualTo(1);
    }

    private void register() throws Exception {
        signalling = new JainSipSignalling(SipConfig.of(SipPeer.LOOPBACK));
        signalling.start(events::add);
        signalling.register(new Account("1001", "agentbar.test", "127.0.0.1", server.port, Transport.UDP, null, null,
                Duration.ofSeconds(300)), Secret.of("unused"));
        await(SignallingEvent.Registered.class);
    }

    private <T extends SignallingEvent> T await(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            SignallingEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            if (e instanceof SignallingEvent.RegistrationFailed f) {
                throw new AssertionError("registration failed: " + f);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + STEP);
    }
}
