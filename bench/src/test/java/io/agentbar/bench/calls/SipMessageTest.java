package io.agentbar.bench.calls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SipMessageTest {
    private static final String OK = "SIP/2.0 200 OK\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5000;rport=5000;branch=z9hG4bKabc\r\n"
            + "f: <sip:probe@127.0.0.1:5000>;tag=from1\r\n"
            + "To: <sip:bench@127.0.0.1:5060>;tag=to9\r\n"
            + "i: call-1@127.0.0.1\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Contact: <sip:callee-0x55@127.0.0.1:5060;transport=udp>;expires=60\r\n"
            + "Content-Length: 0\r\n\r\n";

    @Test
    void readsStatusMethodTagAndContactIncludingCompactHeaders() {
        SipMessage m = SipMessage.parse(OK).orElseThrow();
        assertThat(m.isResponse()).isTrue();
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.method()).isEqualTo("INVITE");
        assertThat(m.callId()).isEqualTo("call-1@127.0.0.1");
        assertThat(m.toTag()).contains("to9");
        assertThat(m.contactUri()).contains("sip:callee-0x55@127.0.0.1:5060;transport=udp");
    }

    @Test
    void answersARequestWithItsOwnViaAndCSeq() {
        String bye = "BYE sip:probe@127.0.0.1:5000 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
                + "From: <sip:bench@127.0.0.1:5060>;tag=to9\r\n"
                + "To: <sip:probe@127.0.0.1:5000>;tag=from1\r\n"
                + "Call-ID: call-1@127.0.0.1\r\n"
                + "CSeq: 7 BYE\r\n\r\n";
        SipMessage m = SipMessage.parse(bye).orElseThrow();
        assertThat(m.isResponse()).isFalse();
        assertThat(m.method()).isEqualTo("BYE");
        assertThat(m.okResponse()).startsWith("SIP/2.0 200 OK\r\n")
                .contains("Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n", "CSeq: 7 BYE\r\n",
                        "Call-ID: call-1@127.0.0.1\r\n")
                .endsWith("Content-Length: 0\r\n\r\n");
    }

    @Test
    void ignoresWhatIsNotSip() {
        assertThat(SipMessage.parse("\r\n\r\n")).isEmpty();
        assertThat(SipMessage.parse("hello")).isEmpty();
    }
}
