package io.agentbar.sip;

import io.agentbar.core.signalling.SignallingEvent.Confirmed;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.sip.ScriptedPeer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** INVITEs carrying Replaces (RFC 3891 §3) from a caller the test scripts, straight to our phone. */
class ReplacesInviteTest {
    private static final Pattern TAG = Pattern.compile(";tag=([^;>\\s]+)");
    private static final Duration NO_RING = Duration.ofMillis(200);

    private SipPeer phone;
    private ScriptedPeer caller;

    @BeforeEach
    void start() throws IOException {
        phone = new SipPeer(SipConfig.of(SipPeer.LOOPBACK).withTimerT1(Duration.ofMillis(40)));
        caller = new ScriptedPeer();
    }

    @AfterEach
    void stop() {
        caller.close();
        phone.close();
    }

    private static String invite(String callId, String to, String extra) {
        return "INVITE sip:1001@127.0.0.1:${target} SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch}\n"
                + "From: <sip:5551234@127.0.0.1:${port}>;tag=c1\n"
                + "To: " + to + "\nCall-ID: " + callId + "\nCSeq: 1 INVITE\nMax-Forwards: 70\n"
                + "Contact: <sip:5551234@127.0.0.1:${port}>\nContent-Type: application/sdp\n" + extra
                + "Content-Length: ${length}\n\n" + OutboundCallTest.SDP;
    }

    /** A call from the scripted caller, answered and confirmed; returns the event and our tag. */
    private Answered answeredCall(String callId) throws IOException {
        caller.send(invite(callId, "<sip:1001@127.0.0.1>", ""), phone.port());
        IncomingCall in = phone.await(IncomingCall.class);
        assertThat(in.replaces()).isEmpty();
        phone.signalling.accept(in.call(), SipPeer.answer(42000));
        Received ok = caller.expectResponse(200);
        assertThat(ok.all("Supported")).as("our 200 offers Replaces").contains("replaces");
        caller.send("ACK sip:5551234@127.0.0.1:${port} SIP/2.0\nVia: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch}\n"
                + "From: <sip:5551234@127.0.0.1:${port}>;tag=c1\nTo: " + ok.header("To") + "\nCall-ID: " + callId
                + "\nCSeq: 1 ACK\nMax-Forwards: 70\nContent-Length: 0\n\n", phone.port());
        phone.await(Confirmed.class);
        return new Answered(in, tag(ok.header("To")));
    }

    private record Answered(IncomingCall in, String ourTag) {
    }

    private static String tag(String header) {
        Matcher m = TAG.matcher(header);
        assertThat(m.find()).as("a tag in " + header).isTrue();
        return m.group(1);
    }

    @Test
    void inviteNamingOurConfirmedDialogIsReportedAsReplacingThatCall() throws IOException {
        Answered first = answeredCall("first");
        caller.send(invite("second", "<sip:1001@127.0.0.1>",
                "Replaces: first;to-tag=" + first.ourTag() + ";from-tag=c1\nRequire: replaces\n"), phone.port());
        IncomingCall replacing = phone.await(IncomingCall.class);
        assertThat(replacing.replaces()).isEqualTo(Optional.of(first.in().call()));
        assertThat(replacing.call()).isNotEqualTo(first.in().call());
    }

    @Test
    void earlyOnlyForAnAnsweredCallGets486() throws Exception {
        Answered first = answeredCall("first-eo");
        caller.send(invite("second-eo", "<sip:1001@127.0.0.1>",
                "Replaces: first-eo;to-tag=" + first.ourTag() + ";from-tag=c1;early-only\n"), phone.port());
        assertThat(caller.expectResponse(486).header("Call-ID")).isEqualTo("second-eo");
        phone.assertQuiet(NO_RING);
    }

    @Test
    void aCallStillRingingInCannotBeReplaced() throws Exception {
        caller.send(invite("ringing", "<sip:1001@127.0.0.1>", ""), phone.port());
        IncomingCall in = phone.await(IncomingCall.class);
        phone.signalling.ringing(in.call());
        String ourTag = tag(caller.expectResponse(180).header("To"));
        caller.send(invite("pickup", "<sip:1001@127.0.0.1>", "Replaces: ringing;to-tag=" + ourTag + ";from-tag=c1\n"),
                phone.port());
        assertThat(caller.expectResponse(481).header("Call-ID")).isEqualTo("pickup");
        phone.assertQuiet(NO_RING);
    }

    @Test
    void wrongTagsNameNoDialogOfOurs() throws Exception {
        answeredCall("first-tags");
        caller.send(invite("second-tags", "<sip:1001@127.0.0.1>", "Replaces: first-tags;to-tag=c1;from-tag=nottheirs\n"),
                phone.port());
        assertThat(caller.expectResponse(481).header("Call-ID")).isEqualTo("second-tags");
        phone.assertQuiet(NO_RING);
    }

    @Test
    void malformedReplacesGets400() throws Exception {
        caller.send(invite("bad-replaces", "<sip:1001@127.0.0.1>", "Replaces: some-call;to-tag=x\n"), phone.port());
        assertThat(caller.expectResponse(400).header("Call-ID")).isEqualTo("bad-replaces");
        phone.assertQuiet(NO_RING);
    }

    @Test
    void requiringReplacesAndAnotherExtensionNamesOnlyTheOtherAsUnsupported() throws Exception {
        caller.send(invite("require", "<sip:1001@127.0.0.1>", "Require: replaces, 100rel\n"), phone.port());
        Received refused = caller.expectResponse(420);
        assertThat(refused.all("Unsupported")).containsExactly("100rel");
        phone.assertQuiet(NO_RING);
    }
}
