package io.agentbar.bench.calls;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The text of the probe's requests for one call (INVITE, ACK, BYE) or one OPTIONS ping, over UDP on loopback. The
 * INVITE offers PCMU only, so every callee answers with the same codec and the timing compares like with like.
 */
final class SipDialog {
    static final String HOST = "127.0.0.1";

    private final int localPort;
    private final String target;
    private final String callId;
    private final String fromTag;
    private String remoteTag;
    private String remoteTarget;

    /**
     * @param localPort  the probe's SIP port (Via, From, Contact)
     * @param user       the callee's user part
     * @param remotePort the callee's SIP port on 127.0.0.1
     */
    SipDialog(int localPort, String user, int remotePort) {
        this.localPort = localPort;
        this.target = "sip:" + user + "@" + HOST + ":" + remotePort;
        this.callId = token() + "@" + HOST;
        this.fromTag = token();
        this.remoteTarget = target;
    }

    String callId() {
        return callId;
    }

    /** Takes the To tag and Contact of the 2xx: ACK and BYE go inside the dialog it established. */
    void established(SipMessage ok) {
        remoteTag = ok.toTag()
                .orElseThrow(() -> new IllegalStateException("2xx to INVITE without To tag: " + ok.startLine()));
        remoteTarget = ok.contactUri().orElse(target);
    }

    String options(int cseq) {
        return request("OPTIONS", target, cseq, "OPTIONS", "Accept: application/sdp\r\n", "");
    }

    String invite(int rtpPort) {
        String sdp = String.join("\r\n",
                "v=0",
                "o=probe " + Math.floorMod(fromTag.hashCode(), 100000) + " 1 IN IP4 " + HOST,
                "s=-",
                "c=IN IP4 " + HOST,
                "t=0 0",
                "m=audio " + rtpPort + " RTP/AVP 0",
                "a=rtpmap:0 PCMU/8000",
                "a=ptime:20",
                "a=sendrecv",
                "");
        return request("INVITE", target, 1, "INVITE", "Content-Type: application/sdp\r\n", sdp);
    }

    String ack() {
        return request("ACK", remoteTarget, 1, "ACK", "", "");
    }

    String bye() {
        return request("BYE", remoteTarget, 2, "BYE", "", "");
    }

    private String request(String method, String uri, int cseq, String cseqMethod, String extraHeaders, String body) {
        String to = "<" + target + ">" + (remoteTag != null ? ";tag=" + remoteTag : "");
        return method + " " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + HOST + ":" + localPort + ";rport;branch=z9hG4bK" + token() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@" + HOST + ":" + localPort + ">;tag=" + fromTag + "\r\n"
                + "To: " + to + "\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " " + cseqMethod + "\r\n"
                + "Contact: <sip:probe@" + HOST + ":" + localPort + ">\r\n"
                + "User-Agent: agentbar-bench-probe\r\n"
                + extraHeaders
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "\r\n"
                + body;
    }

    private static String token() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE).toLowerCase(Locale.ROOT);
    }
}
