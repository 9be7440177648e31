package io.agentbar.sip.sdp;

import io.agentbar.core.media.Codec;
import io.agentbar.core.media.IceAttributes;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.core.media.TransportAttributes;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SdpTransportAttributesTest {
    /** The shape of an Asterisk webrtc=yes / rtpengine offer: session-level ICE lite, media-level DTLS. */
    private static final String WEBRTC_OFFER = String.join("\r\n",
            "v=0",
            "o=- 1 2 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE 0",
            "a=ice-lite",
            "m=audio 40002 UDP/TLS/RTP/SAVPF 111 0 101",
            "c=IN IP4 127.0.0.1",
            "a=mid:0",
            "a=rtpmap:111 opus/48000/2",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=rtcp:40002",
            "a=rtcp-mux",
            "a=rtcp-fb:111 transport-cc",
            "a=setup:actpass",
            "a=fingerprint:sha-256 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
            "a=ice-ufrag:Xy12",
            "a=ice-pwd:s3cretpasswordofice1234",
            "a=candidate:1 1 UDP 2130706431 127.0.0.1 40002 typ host",
            "a=candidate:2 1 UDP 16777215 127.0.0.1 49170 typ relay raddr 127.0.0.1 rport 40002",
            "a=sendrecv",
            "");

    private static final String SDES_OFFER = String.join("\r\n",
            "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0",
            "m=audio 31000 RTP/SAVP 0",
            "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4",
            "a=crypto:2 AEAD_AES_256_GCM inline:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "");

    @Test
    void readsTheWebRtcTransportAttributes() throws SdpException {
        MediaDescription m = SdpCodec.parse(WEBRTC_OFFER).audio();
        TransportAttributes t = m.transport();
        assertThat(t.profile()).isEqualTo(RtpProfile.DTLS_SAVPF);
        assertThat(t.setup()).contains("actpass");
        assertThat(t.fingerprint()).hasValueSatisfying(f -> assertThat(f).startsWith("sha-256 AB:CD"));
        assertThat(t.rtcpMux()).isTrue();
        assertThat(t.mid()).contains("0");
        IceAttributes ice = t.ice().orElseThrow();
        assertThat(ice.ufrag()).isEqualTo("Xy12");
        assertThat(ice.password()).isEqualTo("s3cretpasswordofice1234");
        assertThat(ice.lite()).isTrue();
        assertThat(ice.candidates()).hasSize(2).last().asString().contains("typ relay");
        assertThat(m.rtcp()).isEqualTo(new InetSocketAddress("127.0.0.1", 40002));
    }

    @Test
    void readsSdesCryptoLinesAsWritten() throws SdpException {
        TransportAttributes t = SdpCodec.parse(SDES_OFFER).audio().transport();
        assertThat(t.profile()).isEqualTo(RtpProfile.SAVP);
        assertThat(t.crypto()).hasSize(2).first().asString().startsWith("1 AES_CM_128_HMAC_SHA1_80 inline:");
    }

    @Test
    void printedAttributesNeverShowKeysOrIcePassword() throws SdpException {
        String webrtc = SdpCodec.parse(WEBRTC_OFFER).audio().toString();
        String sdes = SdpCodec.parse(SDES_OFFER).audio().toString();
        assertThat(webrtc).doesNotContain("s3cretpasswordofice1234");
        assertThat(sdes).doesNotContain("WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz");
    }

    @Test
    void writesAndReadsBackEveryAttribute() throws SdpException {
        TransportAttributes ours = new TransportAttributes(RtpProfile.DTLS_SAVPF, List.of(),
                Optional.of("sha-256 01:02"), Optional.of("actpass"),
                Optional.of(new IceAttributes("uf", "pwpwpwpwpwpwpwpwpwpwpw", List.of("1 1 UDP 2130706431 127.0.0.1 5000 typ host"), false)),
                true, Optional.empty());
        InetSocketAddress rtp = new InetSocketAddress("127.0.0.1", 5000);
        MediaDescription offer = new MediaDescription(rtp, rtp, List.of(PayloadFormat.opus(111)),
                MediaDirection.SENDRECV, 20, ours);
        String text = SdpCodec.write(offer, SdpOrigin.random());
        assertThat(text).contains("m=audio 5000 UDP/TLS/RTP/SAVPF 111\r\n", "a=rtcp-mux\r\n", "a=rtcp:5000\r\n",
                "a=setup:actpass\r\n", "a=ice-ufrag:uf\r\n", "a=candidate:1 1 UDP 2130706431 127.0.0.1 5000 typ host\r\n");
        MediaDescription back = SdpCodec.parse(text).audio();
        assertThat(back.transport()).isEqualTo(ours);
        assertThat(back.formats()).extracting(PayloadFormat::codec).containsExactly(Codec.OPUS);
    }

    @Test
    void answerEchoesTheBundleMidAndStatesItsOwnProfile() throws SdpException {
        SessionDescription offer = SdpCodec.parse(WEBRTC_OFFER);
        InetSocketAddress rtp = new InetSocketAddress("127.0.0.1", 6000);
        TransportAttributes ours = TransportAttributes.plain().withProfile(RtpProfile.DTLS_SAVPF).withRtcpMux(true)
                .withDtls("sha-256 01:02", "active");
        MediaDescription answer = new MediaDescription(rtp, rtp, List.of(PayloadFormat.opus(111)),
                MediaDirection.SENDRECV, 20, ours);
        String text = SdpCodec.writeAnswer(answer, SdpOrigin.random(), offer);
        assertThat(text).contains("a=group:BUNDLE 0\r\n", "a=mid:0\r\n", "m=audio 6000 UDP/TLS/RTP/SAVPF 111\r\n",
                "a=setup:active\r\n");
    }

    @Test
    void refusesAFloodOfCandidates() {
        StringBuilder flood = new StringBuilder(WEBRTC_OFFER);
        for (int i = 0; i < 70; i++) {
            flood.append("a=candidate:").append(i).append(" 1 UDP 1 127.0.0.1 ").append(1000 + i).append(" typ host\r\n");
        }
        assertThatThrownBy(() -> SdpCodec.parse(flood.toString())).isInstanceOf(SdpException.class)
                .hasMessageContaining("candidates");
    }
}
