package io.agentbar.sip.sdp;

import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.PayloadFormat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.stream.Collectors;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.core.media.TransportAttributes;

/**
 * Reads and writes the SDP of one audio stream (RFC 8866, RFC 3264, RFC 3605) with its transport
 * attributes: SDES (RFC 4568), DTLS fingerprint and setup (RFC 8122, 4145), ICE (RFC 8839),
 * rtcp-mux (RFC 5761) and the BUNDLE identification (RFC 8843) an answer must echo.
 */
public final class SdpCodec {
    private static final String CRLF = "\r\n";

    private SdpCodec() {
    }

    /**
     * Parses an offer or answer from a peer.
     *
     * @throws SdpException when the text is not SDP or holds no plain RTP audio stream
     */
    public static SessionDescription parse(String text) throws SdpException {
        return SdpParser.parse(text);
    }

    /** Our offer for one audio stream. */
    public static String write(MediaDescription media, SdpOrigin origin) {
        StringBuilder b = session(media, origin, media.transport().mid());
        audio(b, media, media.transport().profile().token(), media.transport().mid());
        return b.toString();
    }

    /**
     * Our answer to {@code offer}: the audio section in the offer's place with the offer's profile,
     * every other m-line refused with port 0 (RFC 3264 §6).
     */
    public static String writeAnswer(MediaDescription media, SdpOrigin origin, SessionDescription offer) {
        // a bundled offer must see its mid echoed, or the offerer (Asterisk, browsers) drops the stream
        Optional<String> mid = media.transport().mid().or(() -> offer.audio().transport().mid());
        // plain answers keep the offer's exact protocol (AVP vs AVPF); secure ones state theirs
        String profile = media.transport().profile() == RtpProfile.AVP
                ? offer.mediaLines().get(offer.audioIndex()).protocol() : media.transport().profile().token();
        StringBuilder b = session(media, origin, mid);
        for (int i = 0; i < offer.mediaLines().size(); i++) {
            SessionDescription.MediaLine line = offer.mediaLines().get(i);
            if (i == offer.audioIndex()) {
                audio(b, media, profile, mid);
            } else {
                String formats = line.formats().isEmpty() ? "0" : String.join(" ", line.formats());
                b.append("m=").append(line.media()).append(" 0 ").append(line.protocol()).append(' ')
                        .append(formats).append(CRLF);
            }
        }
        return b.toString();
    }

    private static StringBuilder session(MediaDescription media, SdpOrigin origin, Optional<String> mid) {
        String address = address(media.rtp().getAddress());
        StringBuilder b = new StringBuilder(1024)
                .append("v=0").append(CRLF)
                .append("o=- ").append(origin.sessionId()).append(' ').append(origin.version()).append(' ')
                .append(address).append(CRLF)
                .append("s=-").append(CRLF)
                .append("c=").append(address).append(CRLF)
                .append("t=0 0").append(CRLF);
        mid.ifPresent(m -> b.append("a=group:BUNDLE ").append(m).append(CRLF));
        return b;
    }

    private static void audio(StringBuilder b, MediaDescription media, String profile, Optional<String> mid) {
        String payloadTypes = media.formats().isEmpty() ? "0"
                : media.formats().stream().map(f -> Integer.toString(f.payloadType())).collect(Collectors.joining(" "));
        b.append("m=audio ").append(media.rtp().getPort()).append(' ').append(profile).append(' ')
                .append(payloadTypes).append(CRLF);
        for (PayloadFormat f : media.formats()) {
            b.append("a=rtpmap:").append(f.payloadType()).append(' ').append(f.codec().encodingName()).append('/')
                    .append(f.codec().clockRate());
            if (f.codec().channels() > 1) {
                b.append('/').append(f.codec().channels());
            }
            b.append(CRLF);
            if (!f.fmtp().isEmpty()) {
                b.append("a=fmtp:").append(f.payloadType()).append(' ').append(f.fmtp()).append(CRLF);
            }
        }
        InetSocketAddress rtcp = media.rtcp();
        if (!media.rejected() && rtcp.getPort() != media.rtp().getPort() + 1) {
            b.append("a=rtcp:").append(rtcp.getPort());
            if (!rtcp.getAddress().equals(media.rtp().getAddress())) {
                b.append(' ').append(address(rtcp.getAddress()));
            }
            b.append(CRLF);
        }
        b.append("a=ptime:").append(media.ptimeMillis()).append(CRLF);
        b.append("a=").append(media.direction().attribute()).append(CRLF);
        transport(b, media.transport(), mid);
    }

    private static void transport(StringBuilder b, TransportAttributes t, Optional<String> mid) {
        mid.ifPresent(m -> b.append("a=mid:").append(m).append(CRLF));
        if (t.rtcpMux()) {
            b.append("a=rtcp-mux").append(CRLF);
        }
        for (String crypto : t.crypto()) {
            b.append("a=crypto:").append(crypto).append(CRLF);
        }
        t.ice().ifPresent(ice -> {
            b.append("a=ice-ufrag:").append(ice.ufrag()).append(CRLF);
            b.append("a=ice-pwd:").append(ice.password()).append(CRLF);
            for (String c : ice.candidates()) {
                b.append("a=candidate:").append(c).append(CRLF);
            }
        });
        t.fingerprint().ifPresent(f -> b.append("a=fingerprint:").append(f).append(CRLF));
        t.setup().ifPresent(s -> b.append("a=setup:").append(s).append(CRLF));
    }

    /** {@code IN IP4 a.b.c.d} or {@code IN IP6 x::y} (no zone id, no brackets). */
    private static String address(InetAddress a) {
        if (a instanceof Inet6Address) {
            String text = a.getHostAddress();
            int zone = text.indexOf('%');
            return "IN IP6 " + (zone < 0 ? text : text.substring(0, zone));
        }
        return "IN IP4 " + a.getHostAddress();
    }
}
