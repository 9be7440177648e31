package io.agentbar.core.account;

import io.agentbar.core.dialplan.DialRules;
import io.agentbar.core.media.MediaProfile;

import java.time.Duration;
import java.util.Objects;

/**
 * A SIP account: who we are ({@code user@domain}), where the registrar is, and how to reach it.
 * The password is not part of the account; it lives in a {@link SecretStore}.
 *
 * @param user        the user part of the address of record
 * @param domain      the SIP domain (realm host); defaults to the server host
 * @param server      registrar / outbound proxy host
 * @param port        registrar port
 * @param transport   UDP, TCP, TLS, WS or WSS
 * @param authUser    the digest user name (usually equal to {@code user})
 * @param displayName shown to callees; may be empty
 * @param expires     the registration lifetime we ask for
 * @param media       how media is protected: plain RTP, SDES-SRTP or the WebRTC profile
 * @param allowPlainRtp whether a secure account (TLS, WSS) may still send or accept plain RTP
 * @param wsPath      the HTTP path of the WebSocket endpoint, for WS and WSS
 * @param dtmf        how digits pressed during a call are sent; {@link DtmfMode#AUTO} by default
 * @param proxyOnly   once registered, ring only for INVITEs that come from the account's server
 *                    (reliability-security §4.8 #21). On by default: a PBX account's calls all come
 *                    through the PBX, and a direct INVITE from anyone else on the network is what
 *                    SIP scanners and "ghost calls" look like. Turn it off for peer-to-peer setups.
 * @param serverRecording how the PBX says it records a call and how the agent pauses that
 *                    recording; {@link ServerRecordingRule#DEFAULT} ({@code X-Record: on}, no pause) by default
 * @param dialRules   what may be dialled or transferred to from this account, and how often;
 *                    {@link DialRules#defaults()} (everything, ten calls a minute) by default
 */
public record Account(String user, String domain, String server, int port, Transport transport,
                      String authUser, String displayName, Duration expires, MediaProfile media,
                      boolean allowPlainRtp, String wsPath, DtmfMode dtmf, boolean proxyOnly,
                      ServerRecordingRule serverRecording, DialRules dialRules) {
    public static final Duration DEFAULT_EXPIRES = Duration.ofSeconds(600);
    public static final String DEFAULT_WS_PATH = "/ws";

    /** An account with the transport's default media profile (see {@link #defaultMedia}). */
    public Account(String user, String domain, String server, int port, Transport transport,
                   String authUser, String displayName, Duration expires) {
        this(user, domain, server, port, transport, authUser, displayName, expires, null, false, null);
    }

    /** An account with the default DTMF mode that takes calls only from its server. */
    public Account(String user, String domain, String server, int port, Transport transport,
                   String authUser, String displayName, Duration expires, MediaProfile media,
                   boolean allowPlainRtp, String wsPath) {
        this(user, domain, server, port, transport, authUser, displayName, expires, media, allowPlainRtp, wsPath,
                null, true);
    }

    /** An account that takes calls only from its server (see {@code proxyOnly}). */
    public Account(String user, String domain, String server, int port, Transport transport,
                   String authUser, String displayName, Duration expires, MediaProfile media,
                   boolean allowPlainRtp, String wsPath, DtmfMode dtmf) {
        this(user, domain, server, port, transport, authUser, displayName, expires, media, allowPlainRtp, wsPath,
                dtmf, true);
    }

    /** An account with the default server-recording rule (see {@code serverRecording}). */
    public Account(String user, String domain, String server, int port, Transport transport,
                   String authUser, String displayName, Duration expires, MediaProfile media,
                   boolean allowPlainRtp, String wsPath, DtmfMode dtmf, boolean proxyOnly) {
        this(user, domain, server, port, transport, authUser, displayName, expires, media, allowPlainRtp, wsPath,
                dtmf, proxyOnly, null);
    }

    /** An account with the default dial rules (see {@code dialRules}). */
    public Account(String user, String domain, String server, int port, Transport transport,
                   String authUser, String displayName, Duration expires, MediaProfile media,
                   boolean allowPlainRtp, String wsPath, DtmfMode dtmf, boolean proxyOnly,
                   ServerRecordingRule serverRecording) {
        this(user, domain, server, port, transport, authUser, displayName, expires, media, allowPlainRtp, wsPath,
                dtmf, proxyOnly, serverRecording, null);
    }

    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(transport, "transport");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user is empty");
        }
        if (server.isBlank()) {
            throw new IllegalArgumentException("server is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        domain = domain == null || domain.isBlank() ? server : domain;
        authUser = authUser == null || authUser.isBlank() ? user : authUser;
        displayName = displayName == null ? "" : displayName;
        expires = expires == null ? DEFAULT_EXPIRES : expires;
        media = media == null ? defaultMedia(transport) : media;
        wsPath = wsPath == null || wsPath.isBlank() ? DEFAULT_WS_PATH : wsPath.strip();
        dtmf = dtmf == null ? DtmfMode.AUTO : dtmf;
        serverRecording = serverRecording == null ? ServerRecordingRule.DEFAULT : serverRecording;
        dialRules = dialRules == null ? DialRules.defaults() : dialRules;
        if (!wsPath.startsWith("/") || wsPath.chars().anyMatch(c -> c <= ' ' || c == '?' || c == '#')) {
            throw new IllegalArgumentException("WebSocket path must start with / and hold no spaces, ? or #: " + wsPath);
        }
        if (media == MediaProfile.SDES && !transport.secure()) {
            // RFC 4568 §8.3: the keys travel in the SDP, so only a secure signalling hop may carry them
            throw new IllegalArgumentException("SDES-SRTP keys travel in the SIP message: use transport tls or wss");
        }
        if (media == MediaProfile.RTP && transport.secure() && !allowPlainRtp) {
            throw new IllegalArgumentException("plain RTP over " + transport.token()
                    + " signalling would leave the audio unencrypted: choose sdes or webrtc, or allow plain RTP");
        }
    }

    /** WSS is the browser bar's WebRTC path, TLS the classic secure one; otherwise plain RTP. */
    public static MediaProfile defaultMedia(Transport transport) {
        return switch (transport) {
            case WSS, WS -> MediaProfile.WEBRTC;
            case TLS -> MediaProfile.SDES;
            case UDP, TCP -> MediaProfile.RTP;
        };
    }

    public static Account of(String user, String server, int port, Transport transport) {
        return new Account(user, null, server, port, transport, null, null, null);
    }

    public Account withDomain(String newDomain) {
        return new Account(user, newDomain, server, port, transport, authUser, displayName, expires, media,
                allowPlainRtp, wsPath, dtmf, proxyOnly, serverRecording, dialRules);
    }

    public Account withExpires(Duration newExpires) {
        return new Account(user, domain, server, port, transport, authUser, displayName, newExpires, media,
                allowPlainRtp, wsPath, dtmf, proxyOnly, serverRecording, dialRules);
    }

    public Account withDisplayName(String name) {
        return new Account(user, domain, server, port, transport, authUser, name, expires, media, allowPlainRtp,
                wsPath, dtmf, proxyOnly, serverRecording, dialRules);
    }

    public Account withMedia(MediaProfile newMedia, boolean plainRtpAllowed) {
        return new Account(user, domain, server, port, transport, authUser, displayName, expires, newMedia,
                plainRtpAllowed, wsPath, dtmf, proxyOnly, serverRecording, dialRules);
    }

    public Account withWsPath(String path) {
        return new Account(user, domain, server, port, transport, authUser, displayName, expires, media,
                allowPlainRtp, path, dtmf, proxyOnly, serverRecording, dialRules);
    }

    public Account withDtmf(DtmfMode mode) {
        return new Account(user, domain, server, port, transport, authUser, displayName, expires, media,
                allowPlainRtp, wsPath, mode, proxyOnly, serverRecording, dialRules);
    }

    public Account withProxyOnly(boolean onlyFromServer) {
        return new Account(user, domain, server, port, transport, authUser, displayName, expires, media,
                allowPlainRtp, wsPath, dtmf, onlyFromServer, serverRecording, dialRules);
    }

    public Account withServerRecording(ServerRecordingRule rule) {
        return new Account(user, domain, server, port, transport, authUser, displayName, expires, media,
                allowPlainRtp, wsPath, dtmf, proxyOnly, rule, dialRules);
    }

    public Account withDialRules(DialRules rules) {
        return new Account(user, domain, server, port, transport, authUser, displayName, expires, media,
                allowPlainRtp, wsPath, dtmf, proxyOnly, serverRecording, rules);
    }

    /** The address of record, {@code sip:user@domain}. */
    public String addressOfRecord() {
        return "sip:" + user + "@" + domain;
    }
}
