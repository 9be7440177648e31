package io.agentbar.app.it.peers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one {@link Kamailio} offers besides its UDP/TCP port: TLS, WS and WSS listeners, a SIP domain alias, and
 * rtpengine media bridging.
 *
 * <p>Defaults (what {@link Kamailio#start(Map)} uses): UDP and TCP only, no domain alias, media not touched.
 */
public final class KamailioOptions {

    final Map<String, String> users;
    String domain;
    TestCertificates.ServerCertificate tlsCertificate;
    boolean tls;
    boolean ws;
    boolean wss;
    Rtpengine rtpengine;
    boolean followRedirects;
    boolean presence;
    final Set<String> webrtcUsers = new LinkedHashSet<>();

    private KamailioOptions(Map<String, String> users) {
        this.users = new TreeMap<>(users);
    }

    /** @param users user name to password; these users may REGISTER (digest, realm = To domain) */
    public static KamailioOptions withUsers(Map<String, String> users) {
        return new KamailioOptions(users);
    }

    /**
     * Also accepts requests for {@code sip:<user>@<domain>} (an {@code alias}), e.g. {@link TestCertificates#domain()}:
     * a TLS client connects to 127.0.0.1 but addresses the domain its certificate check expects.
     */
    public KamailioOptions domain(String domain) {
        this.domain = Objects.requireNonNull(domain);
        return this;
    }

    /**
     * A SIP-over-TLS listener on its own port ({@link Kamailio#tlsPort()}) presenting {@code certificate} (e.g.
     * {@link TestCertificates#server()}, or {@link TestCertificates#wrongHost()} for a negative test). Kamailio does
     * not ask for client certificates.
     */
    public KamailioOptions tls(TestCertificates.ServerCertificate certificate) {
        this.tlsCertificate = Objects.requireNonNull(certificate);
        this.tls = true;
        return this;
    }

    /** A plain WebSocket (RFC 7118) listener: {@link Kamailio#wsUrl()}. */
    public KamailioOptions ws() {
        this.ws = true;
        return this;
    }

    /** A secure WebSocket listener ({@link Kamailio#wssUrl()}), with the certificate given to {@link #tls}. */
    public KamailioOptions wss() {
        this.wss = true;
        return this;
    }

    /**
     * Anchors the media of calls in which at least one side is WebRTC in this rtpengine (start it first: Kamailio
     * pings it once at start-up), converting between the WebRTC profile and plain RTP/AVP. See {@link Kamailio} for
     * the rule that decides which side is WebRTC.
     */
    public KamailioOptions rtpengine(Rtpengine rtpengine) {
        this.rtpengine = Objects.requireNonNull(rtpengine);
        return this;
    }

    /**
     * Declares that calls to {@code user} must get WebRTC media (ICE, DTLS-SRTP, rtcp-mux, AVPF) even though it
     * registers over UDP/TCP/TLS, e.g. a baresip with {@code mediaenc=dtls_srtp;medianat=ice}. Users registering over
     * WS/WSS are WebRTC without this.
     */
    public KamailioOptions webrtcUser(String user) {
        this.webrtcUsers.add(Objects.requireNonNull(user));
        return this;
    }

    /**
     * Recurses on a 3xx to an INVITE (RFC 3261 §16.5) instead of passing it back to the caller: the
     * first Contact becomes the new target, looked up in the location table when it is one of ours.
     * This is what a PBX does when a phone forwards a ringing call; baresip 1.0 as the caller would
     * only end its call on a 302.
     */
    public KamailioOptions followRedirects() {
        this.followRedirects = true;
        return this;
    }

    /**
     * A presence server (RFC 3856/3903): PUBLISH from a registered user, authenticated like REGISTER, and
     * SUBSCRIBE to presence from anyone (presence_xml force_active, no XCAP rules), with NOTIFYs carrying the
     * aggregated PIDF. Its tables are db_text files in the run directory.
     */
    public KamailioOptions presence() {
        this.presence = true;
        return this;
    }

    Optional<TestCertificates.ServerCertificate> certificate() {
        return Optional.ofNullable(tlsCertificate);
    }

    /** Modules outside the kamailio base package (tls, websocket) that these options load, plus one base module. */
    List<String> requiredModules() {
        List<String> modules = new ArrayList<>(List.of("registrar.so"));
        if (tls || wss) {
            modules.add("tls.so");
        }
        if (ws || wss) {
            modules.addAll(List.of("websocket.so", "xhttp.so"));
        }
        if (rtpengine != null) {
            modules.add("rtpengine.so");
        }
        if (presence) {
            modules.addAll(List.of("db_text.so", "presence.so", "presence_xml.so"));
        }
        return modules;
    }

    void validate() {
        if (wss && tlsCertificate == null) {
            throw new IllegalStateException("wss() needs a certificate: call tls(certificate) too");
        }
        webrtcUsers.forEach(user -> {
            if (!users.containsKey(user)) {
                throw new IllegalArgumentException("webrtc user " + user + " is not one of the users " + users.keySet());
            }
        });
    }
}
