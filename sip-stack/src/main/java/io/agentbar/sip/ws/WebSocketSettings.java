package io.agentbar.sip.ws;

import javax.net.ssl.SSLContext;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;

/**
 * How we reach a SIP-over-WebSocket server (RFC 7118). The same settings serve WS and WSS; the
 * account's transport picks the scheme and its server and port the authority.
 *
 * @param path           the HTTP path of the WebSocket endpoint, e.g. {@code /ws} (Asterisk) or {@code /}
 * @param sslContext     trust (and client keys) for WSS; the TLS settings decide what it trusts.
 *                       The server name is always verified against the certificate (HTTPS rules)
 * @param keepAlive      how often an idle flow is pinged; a ping unanswered by the next one means
 *                       the flow is dead
 * @param connectTimeout TCP + TLS + HTTP upgrade, all together
 * @param reconnect      the waits between attempts to restore a lost flow
 */
public record WebSocketSettings(String path, SSLContext sslContext, Duration keepAlive, Duration connectTimeout,
                                Backoff reconnect) {
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public WebSocketSettings {
        path = path == null || path.isBlank() ? "/" : path.strip();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (path.contains("#") || path.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a WebSocket path: " + path);
        }
        sslContext = sslContext == null ? defaultContext() : sslContext;
        keepAlive = keepAlive == null ? DEFAULT_KEEP_ALIVE : keepAlive;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        reconnect = reconnect == null ? Backoff.DEFAULT : reconnect;
        if (keepAlive.toMillis() < 100 || connectTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("keep-alive and connect timeout must be at least 100 ms");
        }
    }

    /** Path {@code /}, the JDK's default trust, 30 s pings, reconnect from 1 s up to 60 s. */
    public static WebSocketSettings defaults() {
        return new WebSocketSettings(null, null, null, null, null);
    }

    public WebSocketSettings withPath(String newPath) {
        return new WebSocketSettings(newPath, sslContext, keepAlive, connectTimeout, reconnect);
    }

    public WebSocketSettings withSslContext(SSLContext context) {
        return new WebSocketSettings(path, Objects.requireNonNull(context, "context"), keepAlive, connectTimeout,
                reconnect);
    }

    public WebSocketSettings withKeepAlive(Duration interval) {
        return new WebSocketSettings(path, sslContext, interval, connectTimeout, reconnect);
    }

    public WebSocketSettings withReconnect(Backoff backoff) {
        return new WebSocketSettings(path, sslContext, keepAlive, connectTimeout, backoff);
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }
}
