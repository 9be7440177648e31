package io.agentbar.sip;

import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.media.Codec;
import io.agentbar.core.signalling.SignallingEvent.Answered;
import io.agentbar.core.signalling.SignallingEvent.CallFailed;
import io.agentbar.core.signalling.SignallingEvent.Cancelled;
import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.Progressed;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RemoteHungUp;
import io.agentbar.core.signalling.SignallingEvent.Unregistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two of our stacks on loopback: a phone and the test line (which is also a registrar). */
class JainSipSignallingTest {
    private SipPeer phone;
    private SipPeer line;

    @BeforeEach
    void start() throws IOException {
        phone = SipPeer.phone();
        line = SipPeer.testLine();
    }

    @AfterEach
    void stop() {
        SipPeer.closeAll(phone, line);
    }

    @Test
    void registersAtTheTestLineAndUnregisters() {
        phone.signalling.register(line.accountAt("1001", Transport.UDP), Secret.of("unused"));
        assertThat(phone.await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(300));
        phone.signalling.register(line.accountAt("1001", Transport.UDP), Secret.of("unused"));
        assertThat(phone.await(Registered.class).expires()).isEqualTo(Duration.ofSeconds(300));
        phone.signalling.unregister();
        phone.await(Unregistered.class);
    }

    @Test
    void registersOverTcp() {
        phone.signalling.register(line.accountAt("1001", Transport.TCP), Secret.of("unused"));
        phone.await(Registered.class);
    }

    @Test
    void unregisterWithoutRegistrationIsImmediate() {
        phone.signalling.unregister();
        phone.await(Unregistered.class);
    }

    @Test
    void testLineCallsTheRegisteredPhoneWhichAnswersThenTheLineHangsUp() {
        phone.signalling.register(line.accountAt("1001", Transport.UDP), Secret.of("unused"));
        phone.await(Registered.class);

        CallId outgoing = CallId.random();
        line.signalling.invite(outgoing, "1001", SipPeer.offer(40000));
        IncomingCall in = phone.await(IncomingCall.class);
        assertThat(in.from().user()).isEqualTo("testline");
        assertThat(in.to().user()).isEqualTo("1001");
        assertThat(in.offer().rtp().getPort()).isEqualTo(40000);
        assertThat(in.offer().format(Codec.OPUS)).isPresent();

        phone.signalling.ringing(in.call());
        assertThat(line.await(Progressed.class).status()).isEqualTo(180);
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        Answered answered = line.await(Answered.class);
        assertThat(answered.call()).isEqualTo(outgoing);
        assertThat(answered.answer().rtp().getPort()).isEqualTo(42000);
        assertThat(answered.answer().formats()).hasSize(1);
        phone.await(Confirmed.class);

        line.signalling.hangUp(outgoing);
        assertThat(phone.await(RemoteHungUp.class).call()).isEqualTo(in.call());
        assertThat(line.await(HungUp.class).status()).isEqualTo(200);
    }

    @Test
    void phoneCallsThroughItsAccountServerAndHangsUpAfterAnswer() {
        phone.signalling.register(line.accountAt("1001", Transport.UDP), Secret.of("unused"));
        phone.await(Registered.class);

        CallId call = CallId.random();
        phone.signalling.invite(call, "2002", SipPeer.offer(40000));
        IncomingCall in = line.await(IncomingCall.class);
        assertThat(in.from().user()).isEqualTo("1001");
        assertThat(in.to().uri()).isEqualTo("sip:2002@127.0.0.1");
        line.signalling.accept(in.call(), SipPeer.answer(42000));
        phone.await(Answered.class);
        line.await(Confirmed.class);

        phone.signalling.hangUp(call);
        line.await(RemoteHungUp.class);
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
    }

    @Test
    void directCallOverTcp() {
        CallId call = CallId.random();
        phone.signalling.invite(call, line.uri("bob") + ";transport=tcp", SipPeer.offer(40000));
        IncomingCall in = line.await(IncomingCall.class);
        line.signalling.accept(in.call(), SipPeer.answer(42000));
        phone.await(Answered.class);
        line.await(Confirmed.class);
        line.signalling.hangUp(in.call());
        phone.await(RemoteHungUp.class);
        assertThat(line.await(HungUp.class).status()).isEqualTo(200);
    }

    @Test
    void rejectedCallFailsWithTheStatus() {
        CallId call = CallId.random();
        phone.signalling.invite(call, line.uri("bob"), SipPeer.offer(40000));
        IncomingCall in = line.await(IncomingCall.class);
        line.signalling.reject(in.call(), 486);
        CallFailed failed = phone.await(CallFailed.class);
        assertThat(failed.call()).isEqualTo(call);
        assertThat(failed.status()).isEqualTo(486);
    }

    @Test
    void callerCancelsWhileRinging() {
        CallId call = CallId.random();
        phone.signalling.invite(call, line.uri("bob"), SipPeer.offer(40000));
        IncomingCall in = line.await(IncomingCall.class);
        line.signalling.ringing(in.call());
        phone.await(Progressed.class);
        phone.signalling.hangUp(call);
        assertThat(line.await(Cancelled.class).call()).isEqualTo(in.call());
        assertThat(phone.await(HungUp.class).status()).isEqualTo(487);
    }

    @Test
    void hangUpRightAfterDialingStillCancels() {
        CallId call = CallId.random();
        phone.signalling.invite(call, line.uri("bob"), SipPeer.offer(40000));
        phone.signalling.hangUp(call);
        line.await(Cancelled.class);
        assertThat(phone.await(HungUp.class).status()).isEqualTo(487);
    }

    @Test
    void calleeHangingUpBeforeTheAckSendsByeOnceAcked() {
        CallId call = CallId.random();
        phone.signalling.invite(call, line.uri("bob"), SipPeer.offer(40000));
        IncomingCall in = line.await(IncomingCall.class);
        line.signalling.accept(in.call(), SipPeer.answer(42000));
        line.signalling.hangUp(in.call());
        phone.await(Answered.class);
        line.await(Confirmed.class);
        phone.await(RemoteHungUp.class);
        assertThat(line.await(HungUp.class).status()).isEqualTo(200);
    }

    @Test
    void targetsThatCannotBeRoutedFailAtOnce() {
        CallId number = CallId.random();
        phone.signalling.invite(number, "2002", SipPeer.offer(40000));
        assertThat(phone.await(CallFailed.class).status()).isEqualTo(404);
        CallId secure = CallId.random();
        phone.signalling.invite(secure, "sips:bob@127.0.0.1", SipPeer.offer(40000));
        assertThat(phone.await(CallFailed.class).status()).isZero();
        CallId empty = CallId.random();
        phone.signalling.invite(empty, "  ", SipPeer.offer(40000));
        assertThat(phone.await(CallFailed.class).status()).isEqualTo(484);
    }

    @Test
    void onceRegisteredOnlyInvitesForOurUserRing() throws Exception {
        phone.signalling.register(line.accountAt("1001", Transport.UDP), Secret.of("unused"));
        phone.await(Registered.class);
        try (RawSip scanner = new RawSip(phone.port())) {
            scanner.send("""
                    INVITE sip:100@127.0.0.1:${target} SIP/2.0
                    Via: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch}
                    From: <sip:scanner@127.0.0.1:${port}>;tag=s1
                    To: <sip:100@127.0.0.1>
                    Call-ID: scan-1
                    CSeq: 1 INVITE
                    Max-Forwards: 70
                    Contact: <sip:scanner@127.0.0.1:${port}>
                    Content-Type: application/sdp
                    Content-Length: ${length}

                    v=0
                    c=IN IP4 127.0.0.1
                    m=audio 4000 RTP/AVP 0
                    """);
            assertThat(scanner.finalStatusLine()).startsWith("SIP/2.0 404");
        }
        phone.assertQuiet(Duration.ofMillis(200));
    }

    @Test
    void commandsForUnknownCallsAreIgnored() throws InterruptedException {
        CallId nobody = CallId.random();
        phone.signalling.hangUp(nobody);
        phone.signalling.accept(nobody, SipPeer.answer(1));
        phone.signalling.ringing(nobody);
        phone.signalling.reject(nobody, 486);
        phone.assertQuiet(Duration.ofMillis(200));
    }
}
