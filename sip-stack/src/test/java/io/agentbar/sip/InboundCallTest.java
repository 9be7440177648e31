package io.agentbar.sip;

import io.agentbar.core.signalling.SignallingEvent.Cancelled;
import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.RemoteHungUp;
import io.agentbar.sip.ScriptedPeer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller the test scripts, calling our phone directly. */
class InboundCallTest {
    private SipPeer phone;
    private ScriptedPeer caller;
    private String callId;

    @BeforeEach
    void start() throws IOException {
        phone = new SipPeer(SipConfig.of(SipPeer.LOOPBACK).withTimerT1(Duration.ofMillis(40)));
        caller = new ScriptedPeer();
        callId = "in-" + System.nanoTime();
    }

    @AfterEach
    void stop() {
        caller.close();
        phone.close();
    }

    private String request(String method, int cseq, String to, String extra, String body) {
        return method + " sip:1001@127.0.0.1:${target} SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:${port};branch=" + (method.equals("CANCEL") ? "z9hG4bKinvite" : "${branch}") + "\n"
                + "From: \"Caller Name\" <sip:5551234@127.0.0.1:${port}>;tag=c1\n"
                + "To: " + to + "\n"
                + "Call-ID: " + callId + "\nCSeq: " + cseq + " " + method + "\nMax-Forwards: 70\n"
                + "Contact: <sip:5551234@127.0.0.1:${port}>\n" + extra
                + "Content-Length: ${length}\n\n" + body;
    }

    private IncomingCall ring() throws IOException {
        caller.send(request("INVITE", 1, "<sip:1001@127.0.0.1>", "Content-Type: application/sdp\n", OutboundCallTest.SDP)
                .replace("${branch}", "z9hG4bKinvite"), phone.port());
        caller.expectResponse(100);
        IncomingCall in = phone.await(IncomingCall.class);
        assertThat(in.from().displayName()).isEqualTo("Caller Name");
        assertThat(in.from().user()).isEqualTo("5551234");
        assertThat(in.to().uri()).isEqualTo("sip:1001@127.0.0.1");
        assertThat(in.offer().rtp().getPort()).isEqualTo(45000);
        return in;
    }

    private void ack(Received ok) throws IOException {
        caller.send(request("ACK", 1, ok.header("To"), "", ""), phone.port());
    }

    @Test
    void okIsRetransmittedUntilTheAckArrives() throws IOException {
        IncomingCall in = ring();
        phone.signalling.ringing(in.call());
        Received ringing = caller.expectResponse(180);
        assertThat(ringing.header("To")).contains(";tag=");
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        Received ok = caller.expectResponse(200);
        assertThat(ok.header("To")).isEqualTo(ringing.header("To"));
        assertThat(ok.header("Content-Type")).isEqualTo("application/sdp");
        assertThat(ok.text()).contains("m=audio 42000 RTP/AVP 0");
        Received again = caller.expectResponse(200);
        assertThat(again.header("CSeq")).isEqualTo("1 INVITE");
        ack(ok);
        phone.await(Confirmed.class);

        phone.signalling.hangUp(in.call());
        Received bye = caller.expect("BYE");
        assertThat(bye.text()).startsWith("BYE sip:5551234@127.0.0.1:" + caller.port());
        caller.reply(bye, 200, "OK", "");
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
    }

    @Test
    void okThatIsNeverAckedEndsTheCall() throws IOException {
        IncomingCall in = ring();
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        assertThat(phone.await(RemoteHungUp.class).call()).isEqualTo(in.call());
        caller.reply(caller.expect("BYE"), 200, "OK", "");
    }

    @Test
    void challengedByeIsNotAnsweredWithCredentials() throws IOException {
        IncomingCall in = ring();
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        ack(caller.expectResponse(200));
        phone.await(Confirmed.class);
        phone.signalling.hangUp(in.call());
        caller.reply(caller.expect("BYE"), 401, "Unauthorized",
                "WWW-Authenticate: Digest realm=\"leak\", nonce=\"x\", qop=\"auth\"\r\n");
        assertThat(phone.await(HungUp.class).status()).isEqualTo(401);
        assertThat(caller.next(Duration.ofMillis(300)).map(Received::method)).as("no BYE with credentials")
                .isEmpty();
    }

    @Test
    void callerCancelsBeforeWeAnswer() throws IOException {
        IncomingCall in = ring();
        phone.signalling.ringing(in.call());
        caller.expectResponse(180);
        caller.send(request("CANCEL", 1, "<sip:1001@127.0.0.1>", "", ""), phone.port());
        Received cancelOk = caller.expectResponse(200);
        assertThat(cancelOk.header("CSeq")).isEqualTo("1 CANCEL");
        Received terminated = caller.expectResponse(487);
        assertThat(terminated.header("CSeq")).isEqualTo("1 INVITE");
        assertThat(phone.await(Cancelled.class).call()).isEqualTo(in.call());
    }

    @Test
    void rejectSendsTheFinalStatus() throws IOException {
        IncomingCall in = ring();
        phone.signalling.reject(in.call(), 486);
        assertThat(caller.expectResponse(486).header("To")).contains(";tag=");
    }

    @Test
    void forwardRedirectsWith302CarryingTheTargetAsContact() throws IOException {
        IncomingCall in = ring();
        phone.signalling.ringing(in.call());
        caller.expectResponse(180);
        phone.signalling.forward(in.call(), "sip:1003@127.0.0.1:5080");
        Received moved = caller.expectResponse(302);
        assertThat(moved.text()).startsWith("SIP/2.0 302 Moved Temporarily");
        assertThat(moved.header("Contact")).isEqualTo("<sip:1003@127.0.0.1:5080>");
        assertThat(moved.header("To")).contains(";tag=");
        assertThat(moved.header("CSeq")).isEqualTo("1 INVITE");
        caller.send(request("ACK", 1, moved.header("To"), "", "").replace("${branch}", "z9hG4bKinvite"), phone.port());
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        assertThat(caller.next(Duration.ofMillis(300)).map(Received::text).filter(t -> t.startsWith("SIP/2.0 200")))
                .as("a forwarded call cannot be answered any more").isEmpty();
    }

    @Test
    void forwardWithoutAccountToABareNumberDeclinesInsteadOfLeavingTheCallerRinging() throws IOException {
        IncomingCall in = ring();
        phone.signalling.forward(in.call(), "1003");
        assertThat(caller.expectResponse(404).header("CSeq")).isEqualTo("1 INVITE");
    }

    @Test
    void reInviteIsAnsweredWithTheSameMediaAndANewVersion() throws IOException {
        IncomingCall in = ring();
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        Received ok = caller.expectResponse(200);
        ack(ok);
        phone.await(Confirmed.class);
        String firstSdp = ok.text().substring(ok.text().indexOf("v=0"));
        caller.send(request("INVITE", 2, ok.header("To"), "Content-Type: application/sdp\n", OutboundCallTest.SDP),
                phone.port());
        Received reOk = caller.expectResponse(200);
        assertThat(reOk.header("CSeq")).isEqualTo("2 INVITE");
        String again = reOk.text().substring(reOk.text().indexOf("v=0"));
        assertThat(media(again)).isEqualTo(media(firstSdp));
        assertThat(version(again)).isEqualTo(version(firstSdp) + 1);
        assertThat(phone.await(io.agentbar.core.signalling.SignallingEvent.Reoffered.class).ours())
                .isEqualTo(io.agentbar.core.media.MediaDirection.SENDRECV);
    }

    @Test
    void remoteHoldIsAnsweredRecvonlyAndReported() throws IOException {
        IncomingCall in = ring();
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        Received ok = caller.expectResponse(200);
        ack(ok);
        phone.await(Confirmed.class);
        String hold = OutboundCallTest.SDP.contains("a=sendrecv") ? OutboundCallTest.SDP.replace("a=sendrecv", "a=sendonly")
                : OutboundCallTest.SDP + "a=sendonly\r\n";
        caller.send(request("INVITE", 2, ok.header("To"), "Content-Type: application/sdp\n", hold), phone.port());
        Received reOk = caller.expectResponse(200);
        assertThat(reOk.text()).contains("a=recvonly");
        var reoffered = phone.await(io.agentbar.core.signalling.SignallingEvent.Reoffered.class);
        assertThat(reoffered.offer().direction()).isEqualTo(io.agentbar.core.media.MediaDirection.SENDONLY);
        assertThat(reoffered.ours()).isEqualTo(io.agentbar.core.media.MediaDirection.RECVONLY);
    }

    /** The SDP without its o= line. */
    private static String media(String sdp) {
        return sdp.lines().filter(l -> !l.startsWith("o=")).reduce("", (a, b) -> a + b + "\n");
    }

    private static long version(String sdp) {
        String o = sdp.lines().filter(l -> l.startsWith("o=")).findFirst().orElseThrow();
        return Long.parseLong(o.split(" ")[2]);
    }
}
