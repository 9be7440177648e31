package io.agentbar.sip.sdp;

import io.agentbar.core.media.Codec;
import io.agentbar.core.media.IceAttributes;
import io.agentbar.core.media.RtpProfile;
import io.agentbar.core.media.TransportAttributes;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads SDP text line by line into a {@link SessionDescription}; see {@link SdpCodec#parse}. */
final class SdpParser {
    /** Bigger than any real audio offer (a WebRTC offer with many candidates is ~6 KiB). */
    static final int MAX_LENGTH = 32 * 1024;
    /** More candidates than any real offer carries; a longer list is an attack, not a phone. */
    private static final int MAX_CANDIDATES = 64;

    /** What one m= section said, before we pick the audio stream. */
    private static final class Section {
        final SessionDescription.MediaLine line;
        InetAddress connection;
        MediaDirection direction;
        Integer rtcpPort;
        InetAddress rtcpAddress;
        int ptime;
        final Map<Integer, String> rtpmap = new HashMap<>();
        final Map<Integer, String> fmtp = new HashMap<>();
        final List<String> crypto = new ArrayList<>();
        final List<String> candidates = new ArrayList<>();
        String fingerprint;
        String setup;
        String iceUfrag;
        String icePwd;
        String mid;
        boolean rtcpMux;

        Section(SessionDescription.MediaLine line) {
            this.line = line;
        }
    }

    private InetAddress sessionConnection;
    private MediaDirection sessionDirection;
    private String sessionFingerprint;
    private String sessionSetup;
    private String sessionIceUfrag;
    private String sessionIcePwd;
    private boolean iceLite;
    private final List<Section> sections = new ArrayList<>();

    private SdpParser() {
    }

    static SessionDescription parse(String text) throws SdpException {
        if (text == null || text.isBlank()) {
            throw new SdpException("empty SDP");
        }
        if (text.length() > MAX_LENGTH) {
            throw new SdpException("SDP longer than " + MAX_LENGTH + " characters");
        }
        SdpParser p = new SdpParser();
        p.read(text);
        return p.result();
    }

    private void read(String text) throws SdpException {
        String[] lines = text.split("\r?\n", -1);
        boolean sawVersion = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=') {
                throw new SdpException("line " + (i + 1) + " is not <type>=<value>");
            }
            char type = line.charAt(0);
            String value = line.substring(2).strip();
            if (!sawVersion) {
                if (type != 'v' || !value.equals("0")) {
                    throw new SdpException("SDP must start with v=0");
                }
                sawVersion = true;
                continue;
            }
            switch (type) {
                case 'm' -> sections.add(new Section(mediaLine(value)));
                case 'c' -> connection(value);
                case 'a' -> attribute(value);
                default -> {
                    // o=, s=, t=, b=, i=, k=... carry nothing we use
                }
            }
        }
        if (!sawVersion) {
            throw new SdpException("SDP must start with v=0");
        }
    }

    private static SessionDescription.MediaLine mediaLine(String value) throws SdpException {
        String[] f = value.split("\\s+");
        if (f.length < 3) {
            throw new SdpException("m= line needs media, port and protocol: " + value);
        }
        String portText = f[1];
        int slash = portText.indexOf('/');
        int port = integer(slash < 0 ? portText : portText.substring(0, slash), "m= port");
        if (port < 0 || port > 65535) {
            throw new SdpException("m= port out of range: " + port);
        }
        return new SessionDescription.MediaLine(f[0].toLowerCase(Locale.ROOT), port, f[2],
                List.of(f).subList(3, f.length));
    }

    private void connection(String value) throws SdpException {
        InetAddress address = address(value, "c=");
        if (sections.isEmpty()) {
            sessionConnection = address;
        } else {
            last().connection = address;
        }
    }

    private void attribute(String value) throws SdpException {
        int colon = value.indexOf(':');
        String name = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
        String arg = colon < 0 ? "" : value.substring(colon + 1).strip();
        Optional<MediaDirection> direction = direction(name);
        if (direction.isPresent()) {
            if (sections.isEmpty()) {
                sessionDirection = direction.get();
            } else {
                last().direction = direction.get();
            }
            return;
        }
        if (sections.isEmpty()) {
            switch (name) {
                case "fingerprint" -> sessionFingerprint = arg;
                case "setup" -> sessionSetup = arg;
                case "ice-ufrag" -> sessionIceUfrag = arg;
                case "ice-pwd" -> sessionIcePwd = arg;
                case "ice-lite" -> iceLite = true;
                default -> {
                    // group:BUNDLE, msid-semantic...: nothing we need from the session level
                }
            }
            return;
        }
        Section s = last();
        switch (name) {
            case "crypto" -> s.crypto.add(arg);
            case "fingerprint" -> s.fingerprint = arg;
            case "setup" -> s.setup = arg;
            case "ice-ufrag" -> s.iceUfrag = arg;
            case "ice-pwd" -> s.icePwd = arg;
            case "mid" -> s.mid = arg;
            case "rtcp-mux" -> s.rtcpMux = true;
            case "candidate" -> {
                if (s.candidates.size() >= MAX_CANDIDATES) {
                    throw new SdpException("more than " + MAX_CANDIDATES + " ICE candidates");
                }
                s.candidates.add(arg);
            }
            case "rtpmap" -> {
                String[] f = arg.split("\\s+", 2);
                if (f.length == 2) {
                    s.rtpmap.put(integer(f[0], "rtpmap payload type"), f[1].strip());
                }
            }
            case "fmtp" -> {
                String[] f = arg.split("\\s+", 2);
                s.fmtp.put(integer(f[0], "fmtp payload type"), f.length == 2 ? f[1].strip() : "");
            }
            case "ptime" -> s.ptime = (int) Math.round(decimal(arg, "ptime"));
            case "rtcp" -> {
                String[] f = arg.split("\\s+", 2);
                int port = integer(f[0], "rtcp port");
                if (port < 1 || port > 65535) {
                    throw new SdpException("a=rtcp port out of range: " + port);
                }
                s.rtcpPort = port;
                if (f.length == 2) {
                    s.rtcpAddress = address(f[1], "a=rtcp");
                }
            }
            default -> {
                // rtcp-fb, ssrc, extmap...: accepted and not needed for audio
            }
        }
    }

    private SessionDescription result() throws SdpException {
        if (sections.isEmpty()) {
            throw new SdpException("no m= line");
        }
        int chosen = -1;
        for (int i = 0; i < sections.size(); i++) {
            SessionDescription.MediaLine m = sections.get(i).line;
            if (m.media().equals("audio") && RtpProfile.parse(m.protocol()).isPresent()) {
                if (m.port() != 0) {
                    chosen = i;
                    break;
                }
                if (chosen < 0) {
                    chosen = i;
                }
            }
        }
        if (chosen < 0) {
            throw new SdpException("no RTP audio stream (RTP/AVP, RTP/SAVP or UDP/TLS/RTP/SAVPF)");
        }
        Section s = sections.get(chosen);
        InetAddress address = s.connection != null ? s.connection : sessionConnection;
        if (address == null) {
            throw new SdpException("no c= line for the audio stream");
        }
        InetSocketAddress rtp = new InetSocketAddress(address, s.line.port());
        InetSocketAddress rtcp = s.rtcpPort == null || s.line.port() == 0 ? null
                : new InetSocketAddress(s.rtcpAddress != null ? s.rtcpAddress : address, s.rtcpPort);
        MediaDirection direction = s.direction != null ? s.direction
                : sessionDirection != null ? sessionDirection : MediaDirection.SENDRECV;
        MediaDescription audio = new MediaDescription(rtp, rtcp, formats(s), direction, s.ptime, transport(s));
        List<SessionDescription.MediaLine> lines = sections.stream().map(x -> x.line).toList();
        return new SessionDescription(audio, chosen, lines);
    }

    /** Media-level attributes win over session-level ones (RFC 8122 §5, RFC 8839 §5). */
    private TransportAttributes transport(Section s) {
        RtpProfile profile = RtpProfile.parse(s.line.protocol()).orElseThrow();
        String ufrag = s.iceUfrag != null ? s.iceUfrag : sessionIceUfrag;
        String pwd = s.icePwd != null ? s.icePwd : sessionIcePwd;
        Optional<IceAttributes> ice = ufrag == null || pwd == null ? Optional.empty()
                : Optional.of(new IceAttributes(ufrag, pwd, s.candidates, iceLite));
        return new TransportAttributes(profile, s.crypto,
                Optional.ofNullable(s.fingerprint != null ? s.fingerprint : sessionFingerprint),
                Optional.ofNullable(s.setup != null ? s.setup : sessionSetup), ice, s.rtcpMux,
                Optional.ofNullable(s.mid));
    }

    private static List<PayloadFormat> formats(Section s) {
        List<PayloadFormat> out = new ArrayList<>();
        for (String token : s.line.formats()) {
            int pt;
            try {
                pt = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                continue;
            }
            if (pt < 0 || pt > 127) {
                continue;
            }
            Optional<Codec> codec = s.rtpmap.containsKey(pt) ? byRtpmap(s.rtpmap.get(pt))
                    : pt < 96 ? Codec.byStaticPayloadType(pt) : Optional.empty();
            codec.ifPresent(c -> out.add(new PayloadFormat(pt, c, s.fmtp.getOrDefault(pt, ""))));
        }
        return out;
    }

    /** {@code name/rate[/channels]}; unknown codecs or rates give empty and are skipped. */
    private static Optional<Codec> byRtpmap(String encoding) {
        String[] f = encoding.split("/");
        if (f.length < 2) {
            return Optional.empty();
        }
        try {
            return Codec.byEncodingName(f[0].strip(), Integer.parseInt(f[1].strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<MediaDirection> direction(String name) {
        for (MediaDirection d : MediaDirection.values()) {
            if (d.attribute().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** {@code IN IP4 192.0.2.1[/ttl]} or {@code IN IP6 ::1}; literals only, SDP never triggers DNS. */
    private static InetAddress address(String value, String where) throws SdpException {
        String[] f = value.strip().split("\\s+");
        if (f.length < 3 || !f[0].equals("IN")) {
            throw new SdpException(where + " needs 'IN IP4|IP6 <address>': " + value);
        }
        String host = f[2];
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        boolean v6 = f[1].equalsIgnoreCase("IP6");
        if (!v6 && !f[1].equalsIgnoreCase("IP4")) {
            throw new SdpException(where + " address type must be IP4 or IP6: " + f[1]);
        }
        try {
            InetAddress a = InetAddress.ofLiteral(host);
            if ((a instanceof java.net.Inet6Address) != v6) {
                throw new SdpException(where + " address " + host + " is not " + f[1]);
            }
            return a;
        } catch (IllegalArgumentException e) {
            throw new SdpException(where + " address is not a literal IP address: " + host);
        }
    }

    private Section last() {
        return sections.get(sections.size() - 1);
    }

    private static int integer(String s, String what) throws SdpException {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new SdpException(what + " is not a number: " + s);
        }
    }

    private static double decimal(String s, String what) throws SdpException {
        try {
            double d = Double.parseDouble(s.strip());
            if (!(d >= 0 && d < 10_000)) {
                throw new SdpException(what + " out of range: " + s);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new SdpException(what + " is not a number: " + s);
        }
    }
}
