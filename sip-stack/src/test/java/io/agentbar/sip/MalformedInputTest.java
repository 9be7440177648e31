package io.agentbar.sip;

import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What strangers and broken peers send must be answered or dropped, never crash the phone. */
class MalformedInputTest {
    private static final String HEADERS = """
            Via: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch}
            From: <sip:raw@127.0.0.1:${port}>;tag=raw1
            To: <sip:agent@127.0.0.1:${target}>
            Call-ID: %s@127.0.0.1
            CSeq: 1 %s
            Max-Forwards: 70
            """;
    private SipPeer phone;
    private RawSip raw;

    @BeforeEach
    void start() throws IOException {
        phone = SipPeer.phone();
        raw = new RawSip(phone.port());
    }

    @AfterEach
    void stop() {
        raw.close();
        phone.close();
    }

    private static String request(String method, String callId, String extra, String body) {
        return method + " sip:agent@127.0.0.1:${target} SIP/2.0\n" + HEADERS.formatted(callId, method) + extra
                + "Content-Length: ${length}\n\n" + body;
    }

    private void assertStillAnswersOptions() throws IOException {
        raw.send(request("OPTIONS", "probe-" + System.nanoTime(), "", ""));
        assertThat(raw.finalStatusLine()).isEqualTo("SIP/2.0 200 OK");
    }

    @Test
    void optionsIsAnsweredWithAllowAndAccept() throws IOException {
        raw.send(request("OPTIONS", "o1", "", ""));
        String response = raw.receive().orElseThrow();
        assertThat(response).startsWith("SIP/2.0 200 OK").contains("Allow: INVITE", "Accept: application/sdp");
    }

    @Test
    void inviteWithoutSdpGets100Then488AndNoEvent() throws Exception {
        raw.send(request("INVITE", "i1", "Contact: <sip:raw@127.0.0.1:${port}>\n", ""));
        assertThat(raw.receive().orElseThrow()).startsWith("SIP/2.0 100");
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 488");
        phone.assertQuiet(Duration.ofMillis(200));
    }

    @Test
    void inviteWithGarbageSdpGets488AndNoEvent() throws Exception {
        raw.send(request("INVITE", "i2", "Contact: <sip:raw@127.0.0.1:${port}>\nContent-Type: application/sdp\n",
                "this is not sdp\r\n"));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 488");
        phone.assertQuiet(Duration.ofMillis(200));
    }

    @Test
    void inviteRequiringAnExtensionGets420() throws IOException {
        raw.send(request("INVITE", "i3", "Contact: <sip:raw@127.0.0.1:${port}>\nRequire: 100rel\n"
                + "Content-Type: application/sdp\n", "v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 4000 RTP/AVP 0\r\n"));
        String line = raw.finalStatusLine();
        assertThat(line).startsWith("SIP/2.0 420");
    }

    @Test
    void requestsForUnknownDialogsGet481() throws IOException {
        raw.send(request("BYE", "nobody", "", "").replace("To: <sip:agent@127.0.0.1:${target}>",
                "To: <sip:agent@127.0.0.1:${target}>;tag=gone"));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 481");
        raw.send(request("CANCEL", "nobody2", "", ""));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 481");
    }

    @Test
    void unsupportedMethodsGet405AndUnknownOnes501() throws IOException {
        raw.send(request("MESSAGE", "m1", "", ""));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 405");
        raw.send(request("REGISTER", "r1", "Contact: <sip:raw@127.0.0.1:${port}>\n", ""));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 405");
        raw.send(request("FROBNICATE", "f1", "", ""));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 501");
    }

    @Test
    void brokenCoreHeadersGet400() throws IOException {
        raw.send(request("OPTIONS", "b1", "", "").replace("CSeq: 1 OPTIONS", "CSeq: one OPTIONS"));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 400");
        raw.send(request("OPTIONS", "b2", "", "").replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE"));
        assertThat(raw.finalStatusLine()).startsWith("SIP/2.0 400");
        assertStillAnswersOptions();
    }

    @Test
    void garbageAndStrayResponsesAreDroppedAndThePhoneKeepsWorking() throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[1 + random.nextInt(1400)];
            random.nextBytes(junk);
            raw.sendBytes(junk);
        }
        raw.sendBytes("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bKstray\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));
        raw.send("SIP/2.0 180 Ringing\n" + HEADERS.formatted("stray", "INVITE") + "Content-Length: 0\n\n");
        raw.sendBytes("INVITE sip:x SIP/2.0\r\nContent-Length: 99999999\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        raw.sendBytes(("OPTIONS sip:a@b SIP/2.0\r\n" + "X-Long: " + "a".repeat(60_000) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        // the flood may overflow the socket buffer, so probe like a UAC would: retransmit until answered
        boolean answered = false;
        for (int attempt = 0; attempt < 5 && !answered; attempt++) {
            raw.send(request("OPTIONS", "after-junk", "", ""));
            Optional<String> m;
            while ((m = raw.receive(Duration.ofSeconds(1))).isPresent()) {
                if (m.get().contains("Call-ID: after-junk")) {
                    assertThat(m.get()).startsWith("SIP/2.0 200 OK");
                    answered = true;
                    break;
                }
            }
        }
        assertThat(answered).as("the phone still answers OPTIONS").isTrue();
        assertThat(phone.seen()).noneMatch(e -> e instanceof SignallingEvent.IncomingCall);
        phone.assertQuiet(Duration.ofMillis(100));
    }
}
