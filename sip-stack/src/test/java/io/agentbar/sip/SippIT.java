package io.agentbar.sip;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent.Answered;
import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RegistrationFailed;
import io.agentbar.core.signalling.SignallingEvent.RemoteHungUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Our stack against real sipp processes on loopback. */
class SippIT {
    private static final Duration SIPP_DONE = Duration.ofSeconds(20);
    private static final Secret PASSWORD = Secret.of("Circle of Life");

    private SipPeer phone;
    private Sipp sipp;

    @BeforeEach
    void start() throws IOException {
        phone = SipPeer.phone();
    }

    @AfterEach
    void stop() {
        if (sipp != null) {
            sipp.close();
        }
        phone.close();
    }

    private Account accountAtSipp() {
        return new Account("1001", "agentbar.test", "127.0.0.1", sipp.port, Transport.UDP, null, null,
                Duration.ofSeconds(300));
    }

    @Test
    void weCallSippUasWhichAnswersThenWeHangUp() throws Exception {
        sipp = Sipp.start("uas", List.of("-sn", "uas"), "");
        CallId call = CallId.random();
        phone.signalling.invite(call, "sip:service@127.0.0.1:" + sipp.port, SipPeer.offer(40000));
        Answered answered = phone.await(Answered.class);
        assertThat(answered.call()).isEqualTo(call);
        assertThat(answered.answer().rtp().getPort()).isPositive();
        phone.signalling.hangUp(call);
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
    }

    @Test
    void sippCallsUsAndWeRetransmitThe200UntilItsLateAck() throws Exception {
        sipp = Sipp.start("uac-late-ack", Sipp.scenarioFile("uac-late-ack.xml"), "127.0.0.1:" + phone.port(),
                "-s", "1001");
        IncomingCall in = phone.await(IncomingCall.class);
        assertThat(in.from().displayName()).isEqualTo("sipp caller");
        assertThat(in.offer().formats()).isNotEmpty();
        phone.signalling.ringing(in.call());
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        phone.await(Confirmed.class);
        assertThat(phone.await(RemoteHungUp.class).call()).isEqualTo(in.call());
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
        assertThat(sipp.receivedResponses("200 OK", "INVITE")).as("200 OK retransmitted until the ACK")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void proxyChallengingOurInviteGetsOneSha256AnswerAndTheCallGoesThrough() throws Exception {
        sipp = Sipp.start("uas-proxy-auth", Sipp.scenarioFile("uas-proxy-auth.xml"), "", "-m", "2");
        phone.signalling.register(accountAtSipp(), PASSWORD);
        phone.await(Registered.class);
        CallId call = CallId.random();
        phone.signalling.invite(call, "2002", SipPeer.offer(40000));
        assertThat(phone.await(Answered.class).call()).isEqualTo(call);
        phone.signalling.hangUp(call);
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
        assertThat(sipp.received("INVITE")).isEqualTo(2);
    }

    @Test
    void directCallerChallengingOurByeGetsNoCredentials() throws Exception {
        sipp = Sipp.start("uac-challenges-bye", Sipp.scenarioFile("uac-challenges-bye.xml"), "127.0.0.1:" + phone.port(),
                "-s", "1001");
        IncomingCall in = phone.await(IncomingCall.class);
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        phone.await(Confirmed.class);
        phone.signalling.hangUp(in.call());
        assertThat(phone.await(HungUp.class).status()).isEqualTo(401);
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
        assertThat(sipp.received("BYE")).isEqualTo(1);
        assertThat(sipp.trace()).doesNotContain("Authorization:");
    }

    @Test
    void registrarOfferingSha256GetsASha256AnswerAndNoSecretIsLogged() throws Exception {
        Logger wire = (Logger) LoggerFactory.getLogger("io.agentbar.sip.wire");
        Level before = wire.getLevel();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        wire.addAppender(logged);
        wire.setLevel(Level.DEBUG);
        wire.setAdditive(false); // captured, not printed
        try {
            sipp = Sipp.start("register-sha256", Sipp.scenarioFile("register-sha256.xml"), "");
            phone.signalling.register(accountAtSipp(), PASSWORD);
            assertThat(phone.await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(60));
            assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
            assertThat(sipp.received("REGISTER")).isEqualTo(2);
        } finally {
            wire.detachAppender(logged);
            wire.setLevel(before);
            wire.setAdditive(true);
        }
        String all = String.join("\n", logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(all).contains("REGISTER sip:agentbar.test", "Authorization: <redacted>")
                .doesNotContain("Circle of Life").doesNotContainPattern("response=\"[0-9a-f]{64}\"");
    }

    @Test
    void registrarRejectingTheCredentialsSeesExactlyTwoRegisters() throws Exception {
        sipp = Sipp.start("register-always-401", Sipp.scenarioFile("register-always-401.xml"), "");
        phone.signalling.register(accountAtSipp(), PASSWORD);
        RegistrationFailed failed = phone.await(RegistrationFailed.class);
        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.credentialsRejected()).isTrue();
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
        assertThat(sipp.received("REGISTER")).isEqualTo(2);
    }
}
