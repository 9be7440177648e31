package io.agentbar.bench.quality;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SipDatagramTest {
    static final String SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 31000 RTP/AVP 96 101\r\na=rtpmap:96 opus/48000/2\r\na=rtcp:31005\r\na=sendrecv\r\n";

    static byte[] invite(String sdp) {
        String text = "INVITE sip:rx@127.0.0.1:5099;transport=udp SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc;rport\r\n"
                + "From: <sip:tx@127.0.0.1:5070>;tag=1\r\nTo: <sip:rx@127.0.0.1:5099>\r\nCall-ID: c1\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:tx@127.0.0.1:5070>\r\nContent-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + sdp;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rewritesTheRequestUriHostAndKeepsItsParameters() {
        SipDatagram m = parse(invite(SDP));
        m.requestUriHost("127.0.0.1:6000");
        assertThat(m.startLine()).isEqualTo("INVITE sip:rx@127.0.0.1:6000;transport=udp SIP/2.0");
    }

    @Test
    void pushesAndPopsTheTopVia() {
        SipDatagram m = parse(invite(SDP));
        m.pushVia("SIP/2.0/UDP 127.0.0.1:7000;branch=z9hG4bK-relay-1");
        assertThat(m.topVia()).contains("SIP/2.0/UDP 127.0.0.1:7000;branch=z9hG4bK-relay-1");
        String text = new String(m.bytes(), StandardCharsets.UTF_8);
        assertThat(text.indexOf("127.0.0.1:7000")).isLessThan(text.indexOf("127.0.0.1:5070;branch"));
        m.popVia();
        assertThat(m.topVia()).contains("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc;rport");
    }

    @Test
    void popsOneValueOfACombinedViaLine() {
        String response = "SIP/2.0 200 OK\r\nv: SIP/2.0/UDP a:1;branch=z9hG4bK-relay-9, SIP/2.0/UDP b:2;branch=x\r\n"
                + "Content-Length: 0\r\n\r\n";
        SipDatagram m = parse(response.getBytes(StandardCharsets.UTF_8));
        assertThat(SipDatagram.branch(m.topVia().orElseThrow())).isEqualTo("z9hG4bK-relay-9");
        m.popVia();
        assertThat(m.topVia()).contains("SIP/2.0/UDP b:2;branch=x");
        assertThat(m.isResponse()).isTrue();
    }

    @Test
    void aNewBodyGetsItsByteLength() {
        SipDatagram m = parse(invite(SDP));
        assertThat(m.hasSdp()).isTrue();
        m.body(SdpMedia.withAudioPort(m.body(), 40000));
        String text = new String(m.bytes(), StandardCharsets.UTF_8);
        int body = text.indexOf("\r\n\r\n") + 4;
        assertThat(text).contains("Content-Length: " + (text.length() - body));
        assertThat(text.substring(body)).contains("m=audio 40000 RTP/AVP 96 101").contains("a=rtcp:40001");
    }

    @Test
    void findsTheAudioAddressesOfAnSdp() {
        assertThat(SdpMedia.audio(SDP)).contains(new SdpMedia.Address("127.0.0.1", 31000, 31005));
        String noRtcp = SDP.replace("a=rtcp:31005\r\n", "");
        assertThat(SdpMedia.audio(noRtcp)).contains(new SdpMedia.Address("127.0.0.1", 31000, 31001));
        assertThat(SdpMedia.audio("v=0\r\n")).isEmpty();
    }

    private static SipDatagram parse(byte[] bytes) {
        return SipDatagram.parse(bytes, bytes.length);
    }
}
