package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RemoteHungUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ghost calls (reliability-security §4.8 #21) against real sipp processes: a registered phone
 * rings only for its own user and, with proxy-only on, only for its registrar. Loopback
 * 127.0.0.2 plays the stranger on the LAN.
 */
class GhostCallSippIT {
    private static final Duration SIPP_DONE = Duration.ofSeconds(20);
    private static final Duration NO_RING = Duration.ofMillis(300);

    private SipPeer phone;
    private Sipp registrar;
    private Sipp stranger;

    @BeforeEach
    void start() throws IOException {
        phone = SipPeer.phone();
    }

    @AfterEach
    void stop() {
        for (Sipp s : new Sipp[] {registrar, stranger}) {
            if (s != null) {
                s.close();
            }
        }
        phone.close();
    }

    private Account accountAt(Sipp server) {
        return new Account("1001", "agentbar.test", "127.0.0.1", server.port, Transport.UDP, null, null,
                Duration.ofSeconds(300));
    }

    private Sipp ghostInvite(String name, String user) throws IOException {
        return Sipp.start(name, Sipp.scenarioFile("uac-ghost-invite.xml"), "127.0.0.1:" + phone.port(),
                "-s", user, "-i", "127.0.0.2");
    }

    @Test
    void scannerGuessingAnotherExtensionGets404AndNothingRings() throws Exception {
        registrar = Sipp.start("ghost-registrar", Sipp.scenarioFile("uas-registrar.xml"), "");
        // proxy-only off: the user check alone has to stop it
        phone.signalling.register(accountAt(registrar).withProxyOnly(false), Secret.of("unused"));
        phone.await(Registered.class);
        assertThat(registrar.awaitExit(SIPP_DONE)).as(registrar.trace()).isZero();

        stranger = ghostInvite("ghost-wrong-user", "100");
        assertThat(stranger.awaitExit(SIPP_DONE)).as(stranger.trace()).isZero();
        assertThat(stranger.receivedResponses("404", "INVITE")).isEqualTo(1);
        phone.assertQuiet(NO_RING);
    }

    @Test
    void directInviteFromAStrangerGets403WithProxyOnlyEvenForOurUser() throws Exception {
        registrar = Sipp.start("ghost-registrar", Sipp.scenarioFile("uas-registrar.xml"), "");
        Account account = accountAt(registrar);
        assertThat(account.proxyOnly()).as("proxy-only is the default").isTrue();
        phone.signalling.register(account, Secret.of("unused"));
        phone.await(Registered.class);
        assertThat(registrar.awaitExit(SIPP_DONE)).as(registrar.trace()).isZero();

        stranger = ghostInvite("ghost-stranger", "1001");
        assertThat(stranger.awaitExit(SIPP_DONE)).as(stranger.trace()).isZero();
        assertThat(stranger.receivedResponses("403", "INVITE")).isEqualTo(1);
        phone.assertQuiet(NO_RING);
    }

    @Test
    void registrarCallingFromItsOwnAddressStillRings() throws Exception {
        registrar = Sipp.start("ghost-registrar-calls", Sipp.scenarioFile("uas-registrar-calls.xml"), "");
        phone.signalling.register(accountAt(registrar), Secret.of("unused"));
        // the registrar calls right after its 200: Registered and IncomingCall may come in either order,
        // and a call that rings proves the registration counted (only then is its address trusted)
        IncomingCall in = phone.await(IncomingCall.class);
        assertThat(in.from().displayName()).isEqualTo("PBX queue");
        phone.signalling.ringing(in.call());
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        phone.await(Confirmed.class);
        assertThat(phone.await(RemoteHungUp.class).call()).isEqualTo(in.call());
        assertThat(registrar.awaitExit(SIPP_DONE)).as(registrar.trace()).isZero();
    }
}
