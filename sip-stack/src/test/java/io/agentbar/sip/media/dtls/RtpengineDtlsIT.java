package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Our DTLS-SRTP ends against rtpengine (the WebRTC bridge behind Kamailio), the way a call runs:
 * a plain RTP/AVP peer offers, rtpengine turns the offer into UDP/TLS/RTP/SAVPF for us, we answer,
 * and then the DTLS handshake runs between our socket and rtpengine's media port.
 */
class RtpengineDtlsIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern MEDIA = Pattern.compile("(?m)^m=audio (\\d+) (\\S+)");
    private static final Pattern FINGERPRINT = Pattern.compile("(?m)^a=fingerprint:(.+?)\\r?$");
    private static final Pattern SETUP = Pattern.compile("(?m)^a=setup:(\\S+)");

    private final DtlsCertificate ours = DtlsCertificate.generate();
    private final List<AutoCloseable> cleanup = new ArrayList<>();
    private RtpenginePeer rtpengine;
    private DatagramSocket plainPeer;

    @BeforeEach
    void startRtpengine(TestInfo test) throws Exception {
        Path dir = Path.of("target", "dtls-rtpengine", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        // a port range per test method so that a slow teardown never collides with the next test
        int portMin = 42000 + 200 * (test.getTestMethod().orElseThrow().getName().hashCode() & 0x1f);
        rtpengine = started(RtpenginePeer.start(dir, portMin, WAIT));
        plainPeer = started(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable c : cleanup.reversed()) {
            c.close();
        }
    }

    @Test
    void ourClientCompletesTheHandshakeWithPassiveRtpengine() throws Exception {
        String toUs = offer("passive");
        assertThat(setup(toUs)).isIn("passive", "actpass");
        UdpDtlsEndpoint udp = started(new UdpDtlsEndpoint());
        answer(udp.port(), "active");
        udp.sendTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), port(toUs)));

        DtlsSrtpHandshake client = started(DtlsSrtpHandshake.start(udp.packets, DtlsRole.CLIENT, ours,
                fingerprint(toUs), WAIT));

        DtlsSrtpKeys keys = awaitKeys(client);
        assertThat(keys.profile()).isIn((Object[]) DtlsSrtpProfile.values());
        awaitRtpengineLog("DTLS-SRTP successfully negotiated");
    }

    @Test
    void ourServerCompletesTheHandshakeWithActiveRtpengine() throws Exception {
        String toUs = offer("active");
        assertThat(setup(toUs)).isIn("active", "actpass");
        UdpDtlsEndpoint udp = started(new UdpDtlsEndpoint());
        udp.sendTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), port(toUs)));
        DtlsSrtpHandshake server = started(DtlsSrtpHandshake.start(udp.packets, DtlsRole.SERVER, ours,
                fingerprint(toUs), WAIT));
        answer(udp.port(), "passive"); // rtpengine learns our address and starts its ClientHello

        DtlsSrtpKeys keys = awaitKeys(server);
        assertThat(keys.profile()).isIn((Object[]) DtlsSrtpProfile.values());
        awaitRtpengineLog("DTLS-SRTP successfully negotiated");
    }

    /**
     * We call out: our actpass offer goes through rtpengine to the plain side, whose answer rtpengine
     * turns into setup:passive for us (DTLS=passive), so we are the DTLS client.
     */
    @Test
    void ourClientCompletesTheHandshakeAfterOfferingActpass() throws Exception {
        UdpDtlsEndpoint udp = started(new UdpDtlsEndpoint());
        String ourOffer = sdp(udp.port(), "UDP/TLS/RTP/SAVPF",
                "a=fingerprint:" + ours.sdpFingerprint().sdpValue() + "\r\na=setup:actpass\r\n");
        Map<String, Object> offered = rtpengine.command(Map.of("command", "offer", "call-id", callId(),
                "from-tag", "webrtc", "sdp", ourOffer, "transport-protocol", "RTP/AVP", "ICE", "remove"));
        assertThat(offered.get("result")).as("offer: %s", offered).isEqualTo("ok");
        Map<String, Object> answered = rtpengine.command(Map.of("command", "answer", "call-id", callId(),
                "from-tag", "webrtc", "to-tag", "plain", "sdp", sdp(plainPeer.getLocalPort(), "RTP/AVP", ""),
                "DTLS", "passive", "ICE", "remove", "flags", List.of("SDES-off")));
        assertThat(answered.get("result")).as("answer: %s", answered).isEqualTo("ok");
        String toUs = (String) answered.get("sdp");
        assertThat(setup(toUs)).as(toUs).isEqualTo("passive");
        udp.sendTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), port(toUs)));

        DtlsSrtpHandshake client = started(DtlsSrtpHandshake.start(udp.packets, DtlsRole.CLIENT, ours,
                fingerprint(toUs), WAIT));

        DtlsSrtpKeys keys = awaitKeys(client);
        assertThat(keys.profile()).isIn((Object[]) DtlsSrtpProfile.values());
        awaitRtpengineLog("DTLS-SRTP successfully negotiated");
    }

    /** The plain side's offer; returns the UDP/TLS/RTP/SAVPF SDP rtpengine made of it for us. */
    private String offer(String dtls) throws Exception {
        String sdp = sdp(plainPeer.getLocalPort(), "RTP/AVP", "");
        Map<String, Object> reply = rtpengine.command(Map.of("command", "offer", "call-id", callId(),
                "from-tag", "plain", "sdp", sdp, "transport-protocol", "UDP/TLS/RTP/SAVPF", "ICE", "remove",
                "DTLS", dtls, "flags", List.of("SDES-off")));
        assertThat(reply.get("result")).as("offer: %s", reply).isEqualTo("ok");
        String toUs = (String) reply.get("sdp");
        Matcher media = MEDIA.matcher(toUs);
        assertThat(media.find() ? media.group(2) : "").as(toUs).isEqualTo("UDP/TLS/RTP/SAVPF");
        return toUs;
    }

    /** Our answer, as the WebRTC side; rtpengine turns it back into RTP/AVP for the plain side. */
    private void answer(int ourPort, String setup) throws Exception {
        String sdp = sdp(ourPort, "UDP/TLS/RTP/SAVPF",
                "a=fingerprint:" + ours.sdpFingerprint().sdpValue() + "\r\na=setup:" + setup + "\r\n");
        Map<String, Object> reply = rtpengine.command(Map.of("command", "answer", "call-id", callId(),
                "from-tag", "plain", "to-tag", "webrtc", "sdp", sdp, "transport-protocol", "RTP/AVP"));
        assertThat(reply.get("result")).as("answer: %s", reply).isEqualTo("ok");
    }

    private DtlsSrtpKeys awaitKeys(DtlsSrtpHandshake handshake) throws Exception {
        try {
            return handshake.keys().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage() + "\nrtpengine:\n" + dtlsLines(), e.getCause());
        }
    }

    private void awaitRtpengineLog(String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!rtpengine.logText().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("rtpengine never logged '" + text + "':\n" + dtlsLines());
            }
            Thread.sleep(50);
        }
    }

    /** rtpengine's crypto/DTLS log lines, for a failure message (certificates and keys filtered out). */
    private String dtlsLines() throws Exception {
        return String.join("\n", rtpengine.logText().lines()
                .filter(l -> l.contains("DTLS") || l.contains("[crypto]"))
                .filter(l -> !l.contains(" --- ")).toList());
    }

    private String callId() {
        return "dtls-it-" + plainPeer.getLocalPort();
    }

    private static String sdp(int port, String profile, String extra) {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + port + " " + profile + " 0\r\na=rtpmap:0 PCMU/8000\r\na=sendrecv\r\n" + extra;
    }

    private static int port(String sdp) {
        Matcher m = MEDIA.matcher(sdp);
        assertThat(m.find()).as(sdp).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Fingerprint fingerprint(String sdp) {
        Matcher m = FINGERPRINT.matcher(sdp);
        assertThat(m.find()).as(sdp).isTrue();
        return Fingerprint.parse(m.group(1)).orElseThrow();
    }

    private static String setup(String sdp) {
        Matcher m = SETUP.matcher(sdp);
        assertThat(m.find()).as(sdp).isTrue();
        return m.group(1);
    }

    private <T extends AutoCloseable> T started(T resource) {
        cleanup.add(resource);
        return resource;
    }
}
