package io.agentbar.sip;

import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.DtmfReceived;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.sip.ScriptedPeer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** DTMF as SIP INFO (application/dtmf-relay) in both directions, against a scripted caller. */
class DtmfInfoTest {
    private SipPeer phone;
    private ScriptedPeer caller;
    private final String callId = "dtmf-" + System.nanoTime();
    private String toWithTag;
    private IncomingCall call;

    @BeforeEach
    void connect() throws IOException {
        phone = new SipPeer(SipConfig.of(SipPeer.LOOPBACK).withTimerT1(Duration.ofMillis(40)));
        caller = new ScriptedPeer();
        caller.send(request("INVITE", 1, "<sip:1001@127.0.0.1>", "Content-Type: application/sdp\n",
                OutboundCallTest.SDP), phone.port());
        call = phone.await(IncomingCall.class);
        phone.signalling.accept(call.call(), SipPeer.answer(42000));
        Received ok = caller.expectResponse(200);
        assertThat(ok.header("Allow")).as("we announce INFO").contains("INFO");
        toWithTag = ok.header("To");
        caller.send(request("ACK", 1, toWithTag, "", ""), phone.port());
        phone.await(Confirmed.class);
    }

    @AfterEach
    void stop() {
        caller.close();
        phone.close();
    }

    private String request(String method, int cseq, String to, String extra, String body) {
        return method + " sip:1001@127.0.0.1:${target} SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch}\n"
                + "From: <sip:5551234@127.0.0.1:${port}>;tag=c1\n"
                + "To: " + to + "\n"
                + "Call-ID: " + callId + "\nCSeq: " + cseq + " " + method + "\nMax-Forwards: 70\n"
                + "Contact: <sip:5551234@127.0.0.1:${port}>\n" + extra
                + "Content-Length: ${length}\n\n" + body;
    }

    private static String body(Received r) {
        return r.text().substring(r.text().indexOf("\r\n\r\n") + 4);
    }

    @Test
    void digitsGoOutAsDtmfRelayInfoOneAtATimeInOrder() throws IOException {
        phone.signalling.sendDtmfInfo(call.call(), '5', Duration.ofMillis(160));
        phone.signalling.sendDtmfInfo(call.call(), 'b', Duration.ofMillis(250));
        Received first = caller.expect("INFO");
        assertThat(first.header("Content-Type")).isEqualTo("application/dtmf-relay");
        assertThat(body(first)).isEqualTo("Signal=5\r\nDuration=160\r\n");
        assertThat(first.header("Call-ID")).isEqualTo(callId);
        assertThat(first.header("To")).as("in the dialog: the caller's tag").contains("tag=c1");

        // until the first is answered only its retransmissions may arrive
        Optional<Received> meanwhile = caller.next(Duration.ofMillis(150));
        meanwhile.ifPresent(r -> assertThat(r.cseq()).as("a retransmission, not the next digit").isEqualTo(first.cseq()));
        caller.reply(first, 200, "OK", "");

        Received second = caller.expect("INFO");
        while (second.cseq() == first.cseq()) {
            second = caller.expect("INFO");
        }
        assertThat(second.cseq()).isEqualTo(first.cseq() + 1);
        assertThat(body(second)).isEqualTo("Signal=B\r\nDuration=250\r\n");
        caller.reply(second, 200, "OK", "");
    }

    @Test
    void aRefusedInfoDoesNotStopTheNextDigit() throws IOException {
        phone.signalling.sendDtmfInfo(call.call(), '1', Duration.ofMillis(160));
        phone.signalling.sendDtmfInfo(call.call(), '2', Duration.ofMillis(160));
        Received first = caller.expect("INFO");
        caller.reply(first, 415, "Unsupported Media Type", "");
        Received second = caller.expect("INFO");
        while (second.cseq() == first.cseq()) {
            second = caller.expect("INFO");
        }
        assertThat(body(second)).startsWith("Signal=2\r\n");
    }

    @Test
    void infoFromTheFarEndIsAnsweredAndDtmfReported() throws IOException {
        caller.send(request("INFO", 2, toWithTag, "Content-Type: application/dtmf-relay\n",
                "Signal= 7\r\nDuration= 250\r\n"), phone.port());
        assertThat(caller.expectResponse(200).header("CSeq")).isEqualTo("2 INFO");
        DtmfReceived digit = phone.await(DtmfReceived.class);
        assertThat(digit.call()).isEqualTo(call.call());
        assertThat(digit.digit()).isEqualTo('7');
        assertThat(digit.duration()).isEqualTo(Duration.ofMillis(250));

        caller.send(request("INFO", 3, toWithTag, "Content-Type: application/dtmf-relay\n", "Signal=11\r\n"),
                phone.port());
        caller.expectResponse(200);
        DtmfReceived hash = phone.await(DtmfReceived.class);
        assertThat(hash.digit()).as("event number 11 is #").isEqualTo('#');
        assertThat(hash.duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void otherInfoIsAcceptedWithoutEndingTheCall() throws IOException {
        caller.send(request("INFO", 2, toWithTag, "Content-Type: application/media_control+xml\n",
                "<media_control><vc_primitive><to_encoder><picture_fast_update/></to_encoder></vc_primitive></media_control>"),
                phone.port());
        caller.expectResponse(200);
        caller.send(request("INFO", 3, toWithTag, "Content-Type: application/dtmf-relay\n", "Signal=X\r\n"),
                phone.port());
        caller.expectResponse(200);
        // the call is still there: a digit of ours still goes out in the dialog
        phone.signalling.sendDtmfInfo(call.call(), '9', Duration.ofMillis(160));
        assertThat(body(caller.expect("INFO"))).startsWith("Signal=9");
        assertThat(phone.seen()).noneMatch(e -> e instanceof DtmfReceived);
    }

    @Test
    void infoForAnUnknownDialogIsRefused() throws IOException {
        caller.send(request("INFO", 2, toWithTag, "Content-Type: application/dtmf-relay\n", "Signal=1\r\n")
                .replace(callId, "unknown-" + callId), phone.port());
        caller.expectResponse(481);
    }
}
