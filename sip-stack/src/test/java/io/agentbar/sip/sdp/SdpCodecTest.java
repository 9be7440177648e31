package io.agentbar.sip.sdp;

import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class SdpCodecTest {
    /** Captured from baresip 1.0.0 on this machine (INVITE to a sipp UAS). */
    static final String BARESIP_OFFER = """
            v=0
            o=- 3093127403 400475933 IN IP4 192.0.2.2
            s=-
            c=IN IP4 192.0.2.2
            t=0 0
            a=tool:baresip 1.0.0
            m=audio 20026 RTP/AVP 0 8 96 101
            a=rtpmap:0 PCMU/8000
            a=rtpmap:8 PCMA/8000
            a=rtpmap:96 opus/48000/2
            a=fmtp:96 stereo=1;sprop-stereo=1
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-15
            a=sendrecv
            a=label:1
            a=rtcp-rsize
            a=ssrc:2505657973 cname:sip:bare@127.0.0.1
            a=minptime:20
            a=ptime:20
            """.replace("\n", "\r\n");

    /** The shape of an Asterisk (chan_pjsip) offer towards an AVPF/ICE endpoint without DTLS. */
    static final String ASTERISK_AVPF_OFFER = """
            v=0
            o=- 1595327431 1595327433 IN IP4 10.0.0.5
            s=Asterisk
            c=IN IP4 10.0.0.5
            t=0 0
            a=msid-semantic:WMS *
            a=group:BUNDLE 0
            m=audio 18942 RTP/AVPF 111 0 8 101
            a=connection:new
            a=setup:actpass
            a=ice-ufrag:4b1b31c6
            a=ice-pwd:2a1b0e8f3fc8c1cd6d52b0a04cbe6c2f
            a=candidate:Hac10005 1 UDP 2130706431 10.0.0.5 18942 typ host
            a=rtcp:18943 IN IP4 10.0.0.6
            a=rtpmap:111 opus/48000/2
            a=fmtp:111 useinbandfec=1
            a=rtpmap:0 PCMU/8000
            a=rtpmap:8 PCMA/8000
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-16
            a=ptime:20
            a=maxptime:150
            a=recvonly
            a=mid:0
            a=rtcp-fb:* transport-cc
            """;

    @Test
    void parsesBaresipOffer() throws SdpException {
        SessionDescription sd = SdpCodec.parse(BARESIP_OFFER);
        MediaDescription m = sd.audio();
        assertThat(m.rtp()).isEqualTo(new InetSocketAddress("192.0.2.2", 20026));
        assertThat(m.rtcp()).isEqualTo(new InetSocketAddress("192.0.2.2", 20027));
        assertThat(m.formats()).extracting(PayloadFormat::codec)
                .containsExactly(Codec.PCMU, Codec.PCMA, Codec.OPUS, Codec.TELEPHONE_EVENT);
        assertThat(m.formatByType(96).orElseThrow().fmtp()).isEqualTo("stereo=1;sprop-stereo=1");
        assertThat(m.formatByType(101).orElseThrow().fmtp()).isEqualTo("0-15");
        assertThat(m.direction()).isEqualTo(MediaDirection.SENDRECV);
        assertThat(m.ptimeMillis()).isEqualTo(20);
        assertThat(sd.audioProtocol()).isEqualTo("RTP/AVP");
    }

    @Test
    void parsesAsteriskAvpfOfferWithRtcpAttributeAndDirection() throws SdpException {
        SessionDescription sd = SdpCodec.parse(ASTERISK_AVPF_OFFER);
        MediaDescription m = sd.audio();
        assertThat(m.rtp()).isEqualTo(new InetSocketAddress("10.0.0.5", 18942));
        assertThat(m.rtcp()).isEqualTo(new InetSocketAddress("10.0.0.6", 18943));
        assertThat(m.formats().get(0)).isEqualTo(new PayloadFormat(111, Codec.OPUS, "useinbandfec=1"));
        assertThat(m.direction()).isEqualTo(MediaDirection.RECVONLY);
        assertThat(sd.audioProtocol()).isEqualTo("RTP/AVPF");
    }

    @Test
    void refusesAnUnknownMediaProtocolWithAClearReason() {
        String tcp = ASTERISK_AVPF_OFFER.replace("RTP/AVPF", "TCP/TLS/RTP/SAVPF");
        assertThatThrownBy(() -> SdpCodec.parse(tcp)).isInstanceOf(SdpException.class)
                .hasMessageContaining("RTP/AVP");
    }

    @Test
    void parsesIpv6Connection() throws SdpException {
        String sdp = "v=0\r\no=- 1 1 IN IP6 ::1\r\ns=-\r\nc=IN IP6 2001:db8::7\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\n";
        MediaDescription m = SdpCodec.parse(sdp).audio();
        assertThat(m.rtp().getAddress().getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(m.rtp().getPort()).isEqualTo(4000);
    }

    @Test
    void staticPayloadTypesWithoutRtpmapMapByNumberAndUnknownOnesAreSkipped() throws SdpException {
        String sdp = "v=0\no=- 1 1 IN IP4 10.1.1.1\ns=-\nc=IN IP4 10.1.1.1\nt=0 0\n"
                + "m=audio 5004 RTP/AVP 9 0 97 8 98 18\n"
                + "a=rtpmap:98 G7221/16000\n";
        MediaDescription m = SdpCodec.parse(sdp).audio();
        assertThat(m.formats()).containsExactly(PayloadFormat.staticFormat(Codec.PCMU),
                PayloadFormat.staticFormat(Codec.PCMA));
    }

    @Test
    void mediaLevelConnectionAndDirectionWinOverSessionLevel() throws SdpException {
        String sdp = "v=0\no=- 1 1 IN IP4 10.1.1.1\ns=-\nc=IN IP4 10.1.1.1\nt=0 0\na=sendonly\n"
                + "m=audio 5004 RTP/AVP 0\nc=IN IP4 10.2.2.2/127\na=inactive\n";
        MediaDescription m = SdpCodec.parse(sdp).audio();
        assertThat(m.rtp().getAddress().getHostAddress()).isEqualTo("10.2.2.2");
        assertThat(m.direction()).isEqualTo(MediaDirection.INACTIVE);
        String inherited = "v=0\no=- 1 1 IN IP4 10.1.1.1\ns=-\nc=IN IP4 10.1.1.1\nt=0 0\na=sendonly\n"
                + "m=audio 5004 RTP/AVP 0\n";
        assertThat(SdpCodec.parse(inherited).audio().direction()).isEqualTo(MediaDirection.SENDONLY);
    }

    @Test
    void picksTheAudioLineAmongOthersAndTheAnswerMirrorsTheLayout() throws SdpException {
        String offer = "v=0\r\no=- 1 1 IN IP4 10.1.1.1\r\ns=-\r\nc=IN IP4 10.1.1.1\r\nt=0 0\r\n"
                + "m=video 6000 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n"
                + "m=audio 0 RTP/AVP 0\r\n"
                + "m=audio 5004 RTP/AVP 8 101\r\na=rtpmap:101 telephone-event/8000\r\n";
        SessionDescription sd = SdpCodec.parse(offer);
        assertThat(sd.audioIndex()).isEqualTo(2);
        MediaDescription ours = new MediaDescription(new InetSocketAddress("127.0.0.1", 30000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMA)), MediaDirection.SENDRECV, 20);
        String answer = SdpCodec.writeAnswer(ours, new SdpOrigin(5, 5), sd);
        assertThat(answer).contains("m=video 0 RTP/AVP 96\r\n", "m=audio 0 RTP/AVP 0\r\n",
                "m=audio 30000 RTP/AVP 8\r\n");
        assertThat(answer.indexOf("m=video")).isLessThan(answer.indexOf("m=audio 0"));
        assertThat(answer.indexOf("m=audio 0")).isLessThan(answer.indexOf("m=audio 30000"));
    }

    @Test
    void aRejectedAudioStreamParsesAsRejected() throws SdpException {
        String sdp = "v=0\no=- 1 1 IN IP4 10.1.1.1\ns=-\nc=IN IP4 10.1.1.1\nt=0 0\nm=audio 0 RTP/AVP 0\n";
        assertThat(SdpCodec.parse(sdp).audio().rejected()).isTrue();
    }

    @Test
    void writesOurOfferAndReadsItBack() throws Exception {
        InetAddress us = InetAddress.getByName("127.0.0.1");
        MediaDescription offer = new MediaDescription(new InetSocketAddress(us, 40000), null,
                List.of(PayloadFormat.opus(111), PayloadFormat.staticFormat(Codec.PCMU),
                        PayloadFormat.staticFormat(Codec.PCMA), PayloadFormat.telephoneEvent(101)),
                MediaDirection.SENDRECV, 20);
        String text = SdpCodec.write(offer, new SdpOrigin(42, 43));
        assertThat(text).isEqualTo("""
                v=0
                o=- 42 43 IN IP4 127.0.0.1
                s=-
                c=IN IP4 127.0.0.1
                t=0 0
                m=audio 40000 RTP/AVP 111 0 8 101
                a=rtpmap:111 opus/48000/2
                a=fmtp:111 minptime=10;useinbandfec=1
                a=rtpmap:0 PCMU/8000
                a=rtpmap:8 PCMA/8000
                a=rtpmap:101 telephone-event/8000
                a=fmtp:101 0-16
                a=ptime:20
                a=sendrecv
                """.replace("\n", "\r\n"));
        assertThat(SdpCodec.parse(text).audio()).isEqualTo(offer);
    }

    @Test
    void writesRtcpAttributeOnlyWhenRtcpIsNotTheNextPortAndIp6ForIpv6() throws Exception {
        MediaDescription m = new MediaDescription(new InetSocketAddress("::1", 40000),
                new InetSocketAddress("::1", 40011), List.of(PayloadFormat.staticFormat(Codec.PCMU)),
                MediaDirection.SENDONLY, 30);
        String text = SdpCodec.write(m, new SdpOrigin(1, 1));
        assertThat(text).contains("c=IN IP6 0:0:0:0:0:0:0:1\r\n", "a=rtcp:40011\r\n", "a=ptime:30\r\n", "a=sendonly\r\n");
        assertThat(SdpCodec.parse(text).audio()).isEqualTo(m);
        MediaDescription plain = new MediaDescription(new InetSocketAddress("10.0.0.1", 40000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20);
        assertThat(SdpCodec.write(plain, new SdpOrigin(1, 1))).doesNotContain("a=rtcp");
    }

    @Test
    void garbageGivesClearErrors() {
        assertRejected("", "empty");
        assertRejected("hello world", "not <type>=<value>");
        assertRejected("v=1\r\nm=audio 1 RTP/AVP 0\r\n", "v=0");
        assertRejected("v=0\r\ns=-\r\n", "no m= line");
        assertRejected("v=0\r\nm=audio 5000 RTP/AVP 0\r\n", "no c= line");
        assertRejected("v=0\r\nc=IN IP4 pbx.example.com\r\nm=audio 5000 RTP/AVP 0\r\n", "literal");
        assertRejected("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio abc RTP/AVP 0\r\n", "port");
        assertRejected("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 70000 RTP/AVP 0\r\n", "range");
        assertRejected("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 5000\r\n", "m= line");
        assertRejected("v=0\r\nc=IN IP6 10.0.0.1\r\nm=audio 5000 RTP/AVP 0\r\n", "not IP6");
        assertRejected("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 5000 RTP/AVP 0\r\na=rtcp:99999\r\n", "rtcp");
        assertRejected("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 5000 RTP/AVP 0\r\na=ptime:1e99\r\n", "ptime");
        assertRejected("v=0\r\n" + "a=x\r\n".repeat(10_000), "longer");
    }

    @Test
    void randomlyDamagedSdpNeverThrowsUnchecked() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            char[] chars = (random.nextBoolean() ? BARESIP_OFFER : ASTERISK_AVPF_OFFER).toCharArray();
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                chars[random.nextInt(chars.length)] = (char) (random.nextBoolean() ? random.nextInt(128)
                        : "0123456789:/ =\r\n-".charAt(random.nextInt(17)));
            }
            try {
                SdpCodec.parse(new String(chars));
            } catch (SdpException expected) {
                // a clear refusal is fine
            } catch (RuntimeException e) {
                fail("unchecked exception for input:\n" + new String(chars), e);
            }
        }
    }

    private static void assertRejected(String sdp, String reason) {
        assertThatThrownBy(() -> SdpCodec.parse(sdp)).isInstanceOf(SdpException.class).hasMessageContaining(reason);
    }
}
