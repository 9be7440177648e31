package io.agentbar.sip.ws;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent.Answered;
import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RegistrationFailed;
import io.agentbar.core.signalling.SignallingEvent.RemoteHungUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** SIP over WebSocket (RFC 7118) against a real Kamailio 5.6 on loopback, WS and WSS. */
class KamailioIT {
    private static final WebSocketSettings FAST = WebSocketSettings.defaults()
            .withKeepAlive(Duration.ofMillis(400))
            .withReconnect(new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));

    private static Kamailio kamailio;
    private Phone ws;
    private Phone udp;

    @BeforeAll
    static void startKamailio() throws Exception {
        kamailio = Kamailio.start("shared", "localhost");
    }

    @AfterAll
    static void stopKamailio() {
        if (kamailio != null) {
            kamailio.close();
        }
    }

    @AfterEach
    void closePhones() {
        Phone.closeAll(ws, udp);
    }

    @Test
    void registerOverWebSocketIsChallengedThenAcceptedWithAnInvalidViaHost() throws Exception {
        Logger wire = (Logger) LoggerFactory.getLogger("io.agentbar.sip.wire");
        Level before = wire.getLevel();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        wire.addAppender(logged);
        wire.setLevel(Level.DEBUG);
        wire.setAdditive(false);
        try {
            ws = new Phone(FAST);
            ws.register(Phone.account("1001", "127.0.0.1", kamailio.wsPort, Transport.WS));
            assertThat(ws.await(Registered.class).expires()).isPositive();
        } finally {
            wire.detachAppender(logged);
            wire.setLevel(before);
            wire.setAdditive(true);
        }
        String all = logged.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
        assertThat(all).containsPattern("Via: SIP/2.0/WS [a-z0-9]+\\.invalid;")
                .containsPattern("Contact: <sip:1001@[a-z0-9]+\\.invalid;transport=ws>")
                .contains("SIP/2.0 401", "SIP/2.0 200 OK")
                .doesNotContain(Kamailio.PASSWORD);
    }

    @Test
    void udpPhoneCallsWebSocketPhoneThroughKamailioAndItsByeEndsTheCall() throws Exception {
        registerBoth();
        CallId call = CallId.random();
        udp.signalling.invite(call, "1001", Phone.media(40000));
        IncomingCall in = ws.await(IncomingCall.class);
        assertThat(in.from().uri()).contains("2002");
        ws.signalling.ringing(in.call());
        ws.signalling.accept(in.call(), Phone.media(42000));
        assertThat(udp.await(Answered.class).answer().rtp().getPort()).isEqualTo(42000);
        assertThat(ws.await(Confirmed.class).call()).isEqualTo(in.call());
        udp.signalling.hangUp(call);
        assertThat(udp.await(HungUp.class).status()).isEqualTo(200);
        assertThat(ws.await(RemoteHungUp.class).call()).isEqualTo(in.call());
    }

    @Test
    void webSocketPhoneCallsUdpPhoneAndItsByeEndsTheCall() throws Exception {
        registerBoth();
        CallId call = CallId.random();
        ws.signalling.invite(call, "2002", Phone.media(44000));
        IncomingCall in = udp.await(IncomingCall.class);
        udp.signalling.accept(in.call(), Phone.media(46000));
        assertThat(ws.await(Answered.class).answer().rtp().getPort()).isEqualTo(46000);
        assertThat(udp.await(Confirmed.class).call()).isEqualTo(in.call());
        ws.signalling.hangUp(call);
        assertThat(ws.await(HungUp.class).status()).isEqualTo(200);
        assertThat(udp.await(RemoteHungUp.class).call()).isEqualTo(in.call());
    }

    @Test
    void registerOverSecureWebSocketTrustingTheServerCertificate() throws Exception {
        ws = new Phone(FAST.withSslContext(TrustedCertificate.only(kamailio.certificate)));
        ws.register(Phone.account("1001", "localhost", kamailio.wssPort, Transport.WSS));
        assertThat(ws.await(Registered.class).expires()).isPositive();
    }

    @Test
    void wrongHostCertificateFailsRegistration() throws Exception {
        // trusted, but issued for "localhost" while we asked for 127.0.0.1
        ws = new Phone(FAST.withSslContext(TrustedCertificate.only(kamailio.certificate)));
        ws.register(Phone.account("1001", "127.0.0.1", kamailio.wssPort, Transport.WSS));
        RegistrationFailed failed = ws.await(RegistrationFailed.class);
        assertThat(failed.status()).isZero();
        assertThat(failed.credentialsRejected()).isFalse();
        assertThat(failed.reason()).containsIgnoringCase("subject alternative").contains("127.0.0.1");
    }

    @Test
    void untrustedCertificateFailsRegistration() throws Exception {
        ws = new Phone(FAST); // the JDK's trust store knows nothing of our self-signed server
        ws.register(Phone.account("1001", "localhost", kamailio.wssPort, Transport.WSS));
        RegistrationFailed failed = ws.await(RegistrationFailed.class);
        assertThat(failed.status()).isZero();
        assertThat(failed.reason()).contains("PKIX");
    }

    @Test
    void kamailioAnswersOurPingsSoAnIdleFlowStaysUp() throws Exception {
        ws = new Phone(FAST);
        ws.register(Phone.account("1001", "127.0.0.1", kamailio.wsPort, Transport.WS));
        ws.await(Registered.class);
        // five keep-alive periods: an unanswered ping would have been reported as a lost flow
        ws.assertQuiet(Duration.ofMillis(5 * 400));
    }

    @Test
    void serverRestartLosesTheFlowAndTheClientRegistersAgainWhenItIsBack() throws Exception {
        try (Kamailio own = Kamailio.start("restart", "localhost")) {
            ws = new Phone(FAST);
            ws.register(Phone.account("1001", "127.0.0.1", own.wsPort, Transport.WS));
            ws.await(Registered.class);
            own.restart();
            RegistrationFailed lost = ws.await(RegistrationFailed.class);
            assertThat(lost.reason()).contains("lost");
            assertThat(lost.credentialsRejected()).isFalse();
            assertThat(ws.await(Registered.class, Duration.ofSeconds(15)).expires()).isPositive();
            // and the new flow carries calls: a UDP phone on the restarted server reaches us
            udp = new Phone(FAST);
            udp.register(Phone.account("2002", "127.0.0.1", own.udpPort, Transport.UDP));
            udp.await(Registered.class);
            CallId call = CallId.random();
            udp.signalling.invite(call, "1001", Phone.media(40000));
            IncomingCall in = ws.await(IncomingCall.class);
            ws.signalling.accept(in.call(), Phone.media(42000));
            udp.await(Answered.class);
            udp.signalling.hangUp(call);
            assertThat(ws.await(RemoteHungUp.class).call()).isEqualTo(in.call());
        }
    }

    private void registerBoth() throws Exception {
        ws = new Phone(FAST);
        udp = new Phone(FAST);
        ws.register(Phone.account("1001", "127.0.0.1", kamailio.wsPort, Transport.WS));
        udp.register(Phone.account("2002", "127.0.0.1", kamailio.udpPort, Transport.UDP));
        ws.await(Registered.class);
        udp.await(Registered.class);
    }
}
