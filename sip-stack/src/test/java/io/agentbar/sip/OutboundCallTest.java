package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent.Answered;
import io.agentbar.core.signalling.SignallingEvent.CallFailed;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.Progressed;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.core.signalling.SignallingEvent.RemoteHungUp;
import io.agentbar.sip.ScriptedPeer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Our INVITE against a callee (or proxy) the test scripts. */
class OutboundCallTest {
    static final String SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 45000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    private static final String SDP_TYPE = "Content-Type: application/sdp\r\n";

    private SipPeer phone;
    private ScriptedPeer peer;

    @BeforeEach
    void start() throws IOException {
        phone = new SipPeer(SipConfig.of(SipPeer.LOOPBACK).withTimerT1(Duration.ofMillis(20)));
        peer = new ScriptedPeer();
    }

    @AfterEach
    void stop() {
        peer.close();
        phone.close();
    }

    private String contact() {
        return "Contact: <sip:callee@127.0.0.1:" + peer.port() + ">\r\n";
    }

    private CallId dial(String target) {
        CallId call = CallId.random();
        phone.signalling.invite(call, target, SipPeer.offer(40000));
        return call;
    }

    @Test
    void proxyChallengeIsAnsweredOnceThenTheCallIsAnsweredAndRetransmitted200sAreReAcked() throws IOException {
        Account account = new Account("1001", "agentbar.test", "127.0.0.1", peer.port(), Transport.UDP, null, null, null);
        phone.signalling.register(account, Secret.of("pw"));
        peer.reply(peer.expect("REGISTER"), 200, "OK", "");
        phone.await(Registered.class);

        CallId call = dial("2002");
        Received invite = peer.expect("INVITE");
        assertThat(invite.text()).startsWith("INVITE sip:2002@agentbar.test SIP/2.0");
        assertThat(invite.header("Route")).contains(";lr");
        assertThat(invite.header("Content-Type")).isEqualTo("application/sdp");
        assertThat(invite.text()).contains("m=audio 40000 RTP/AVP 111 0 101");
        peer.reply(invite, 407, "Proxy Authentication Required",
                "Proxy-Authenticate: Digest realm=\"agentbar.test\", nonce=\"x\", qop=\"auth\", algorithm=SHA-256\r\n");
        peer.expect("ACK");
        Received retry = peer.expect("INVITE");
        assertThat(retry.header("Call-ID")).isEqualTo(invite.header("Call-ID"));
        assertThat(retry.header("From")).isEqualTo(invite.header("From"));
        assertThat(retry.cseq()).isEqualTo(invite.cseq() + 1);
        assertThat(retry.digest("Proxy-Authorization")).containsEntry("algorithm", "SHA-256")
                .containsEntry("uri", "sip:2002@agentbar.test");

        peer.reply(retry, 180, "Ringing", contact());
        assertThat(phone.await(Progressed.class).status()).isEqualTo(180);
        peer.reply(retry, 200, "OK", contact() + SDP_TYPE, SDP);
        Answered answered = phone.await(Answered.class);
        assertThat(answered.call()).isEqualTo(call);
        assertThat(answered.answer().rtp().getPort()).isEqualTo(45000);
        Received ack = peer.expect("ACK");
        assertThat(ack.text()).startsWith("ACK sip:callee@127.0.0.1:" + peer.port());
        peer.reply(retry, 200, "OK", contact() + SDP_TYPE, SDP); // our ACK "got lost"
        assertThat(peer.expect("ACK").cseq()).isEqualTo(retry.cseq());

        phone.signalling.hangUp(call);
        Received bye = peer.expect("BYE");
        peer.reply(bye, 200, "OK", "");
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
    }

    @Test
    void directCallsNeverAnswerChallenges() throws IOException {
        CallId call = dial("sip:stranger@127.0.0.1:" + peer.port());
        peer.reply(peer.expect("INVITE"), 401, "Unauthorized",
                "WWW-Authenticate: Digest realm=\"evil\", nonce=\"x\", qop=\"auth\"\r\n");
        CallFailed failed = phone.await(CallFailed.class);
        assertThat(failed.call()).isEqualTo(call);
        assertThat(failed.status()).isEqualTo(401);
        peer.expect("ACK");
        assertThat(peer.next(Duration.ofMillis(300))).as("no INVITE with credentials").isEmpty();
    }

    @Test
    void answerArrivingAfterOurCancelIsAckedAndEndedWithBye() throws IOException {
        CallId call = dial("sip:callee@127.0.0.1:" + peer.port());
        Received invite = peer.expect("INVITE");
        peer.reply(invite, 180, "Ringing", contact());
        phone.await(Progressed.class);
        phone.signalling.hangUp(call);
        Received cancel = peer.expect("CANCEL");
        peer.reply(cancel, 200, "OK", "");
        peer.reply(invite, 200, "OK", contact() + SDP_TYPE, SDP); // the callee answered anyway
        peer.expect("ACK");
        peer.reply(peer.expect("BYE"), 200, "OK", "");
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
        assertThat(phone.seen()).noneMatch(e -> e instanceof Answered);
    }

    @Test
    void cancelWaitsForTheFirstProvisionalResponse() throws IOException {
        CallId call = dial("sip:callee@127.0.0.1:" + peer.port());
        Received invite = peer.expect("INVITE");
        phone.signalling.hangUp(call);
        assertThat(peer.next(Duration.ofMillis(200)).map(Received::method).filter("CANCEL"::equals))
                .as("no CANCEL before a provisional response (RFC 3261 §9.1)").isEmpty();
        peer.reply(invite, 180, "Ringing", contact());
        Received cancel = peer.expect("CANCEL");
        peer.reply(cancel, 200, "OK", "");
        peer.reply(invite, 487, "Request Terminated", "");
        assertThat(phone.await(HungUp.class).status()).isEqualTo(487);
        peer.expect("ACK");
    }

    @Test
    void answerWithoutSdpIsAckedHungUpAndReportedAsFailure() throws IOException {
        CallId call = dial("sip:callee@127.0.0.1:" + peer.port());
        Received invite = peer.expect("INVITE");
        peer.reply(invite, 200, "OK", contact());
        peer.expect("ACK");
        peer.reply(peer.expect("BYE"), 200, "OK", "");
        CallFailed failed = phone.await(CallFailed.class);
        assertThat(failed.call()).isEqualTo(call);
        assertThat(failed.status()).isEqualTo(488);
    }

    @Test
    void calleeHangingUpIsReported() throws IOException {
        CallId call = dial("sip:callee@127.0.0.1:" + peer.port());
        Received invite = peer.expect("INVITE");
        peer.reply(invite, 200, "OK", contact() + SDP_TYPE, SDP);
        phone.await(Answered.class);
        Received ack = peer.expect("ACK");
        String toWithTag = ack.header("To");
        peer.send("BYE sip:1001@127.0.0.1:${target} SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch}\n"
                + "From: " + toWithTag + "\nTo: " + invite.header("From") + "\n"
                + "Call-ID: " + invite.header("Call-ID") + "\nCSeq: 1 BYE\nMax-Forwards: 70\nContent-Length: ${length}\n\n",
                phone.port());
        peer.expectResponse(200);
        assertThat(phone.await(RemoteHungUp.class).call()).isEqualTo(call);
    }

    @Test
    void silentCalleeTimesOutWith408() {
        dial("sip:callee@127.0.0.1:" + peer.port());
        CallFailed failed = phone.await(CallFailed.class);
        assertThat(failed.status()).isEqualTo(408);
    }
}
