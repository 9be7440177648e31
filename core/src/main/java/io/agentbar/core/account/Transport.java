package io.agentbar.core.account;

import java.util.Locale;

/**
 * How SIP messages travel to the registrar or proxy. TLS and WSS are the secure ones: only over
 * them are SDES keys offered, and over them plain RTP is refused unless an account allows it.
 */
public enum Transport {
    UDP(5060, false, false),
    TCP(5060, true, false),
    TLS(5061, true, true),
    /** SIP over WebSocket (RFC 7118), unencrypted: for tests and trusted networks only. */
    WS(80, true, false),
    /** SIP over secure WebSocket (RFC 7118): the browser bar's transport. */
    WSS(443, true, true);

    private final int defaultPort;
    private final boolean reliable;
    private final boolean secure;

    Transport(int defaultPort, boolean reliable, boolean secure) {
        this.defaultPort = defaultPort;
        this.reliable = reliable;
        this.secure = secure;
    }

    /** The lowercase name used in SIP URIs, Via headers and the command line. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Transport parse(String text) {
        for (Transport t : values()) {
            if (t.token().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown transport '" + text + "' (expected udp, tcp, tls, ws or wss)");
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Connection-oriented: keep-alive by CRLF ping/pong (RFC 5626 §4.4.1) and flow recovery apply. */
    public boolean reliable() {
        return reliable;
    }

    /** Encrypted and authenticated towards the server. */
    public boolean secure() {
        return secure;
    }

    /** SIP over WebSocket, with or without TLS. */
    public boolean webSocket() {
        return this == WS || this == WSS;
    }
}
