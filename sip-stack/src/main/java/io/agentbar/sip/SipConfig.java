package io.agentbar.sip;

import io.agentbar.core.account.Transport;
import io.agentbar.sip.tls.FlowKeepAlive;
import io.agentbar.sip.tls.TlsSettings;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link JainSipSignalling} listens.
 *
 * @param bindAddress         the local address for SIP and media; a concrete address, never the
 *                            wildcard (it goes into Via, Contact and SDP). Use
 *                            {@link #localAddressTowards} to find the one that routes to the server.
 * @param port                the local SIP port for UDP and TCP; 0 picks a free one at start. TLS
 *                            listens on its own port: {@code port + 1} (5061 next to 5060), or a
 *                            free one when {@code port} is 0
 * @param transport           the transport for targets that do not name one (direct {@code sip:} URIs,
 *                            the test line); requests to the account server use the account's
 * @param userAgent           the User-Agent header
 * @param acceptRegistrations answer REGISTER with 200 and route calls to registered users (the
 *                            in-process test line; no authentication, loopback use only)
 * @param localUser           our user name when no account is registered (From and Contact)
 * @param timerT1             RFC 3261 T1, the round-trip estimate behind every retransmission and
 *                            transaction timeout (64 × T1); 500 ms unless testing
 * @param tls                 whom SIP over TLS trusts: the system CAs unless extra CAs or pinned
 *                            fingerprints are added
 * @param keepAlive           how often a CRLFCRLF ping keeps a TCP/TLS registration's connection
 *                            open (RFC 5626 §4.4.1); 25 s unless testing
 */
public record SipConfig(InetAddress bindAddress, int port, Transport transport, String userAgent,
                        boolean acceptRegistrations, String localUser, Duration timerT1, TlsSettings tls,
                        Duration keepAlive) {
    public static final Duration DEFAULT_T1 = Duration.ofMillis(500);
    public static final String DEFAULT_USER_AGENT = "AgentBar";

    public SipConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindAddress.isAnyLocalAddress()) {
            throw new IllegalArgumentException("bind to a concrete address, not " + bindAddress.getHostAddress());
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SIP port out of range: " + port);
        }
        transport = transport == null ? Transport.UDP : transport;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.strip();
        localUser = localUser == null || localUser.isBlank() ? "agentbar" : localUser.strip();
        timerT1 = timerT1 == null ? DEFAULT_T1 : timerT1;
        if (timerT1.toMillis() < 1 || timerT1.toMillis() > 10_000) {
            throw new IllegalArgumentException("T1 out of range: " + timerT1);
        }
        tls = tls == null ? TlsSettings.systemTrust() : tls;
        keepAlive = keepAlive == null ? FlowKeepAlive.DEFAULT_INTERVAL : keepAlive;
        if (keepAlive.toMillis() < 10) {
            throw new IllegalArgumentException("keep-alive interval too short: " + keepAlive);
        }
    }

    /** A phone on {@code bindAddress}: free port, UDP, no registrar mode. */
    public static SipConfig of(InetAddress bindAddress) {
        return new SipConfig(bindAddress, 0, Transport.UDP, null, false, null, null, null, null);
    }

    public SipConfig withPort(int newPort) {
        return new SipConfig(bindAddress, newPort, transport, userAgent, acceptRegistrations, localUser, timerT1, tls, keepAlive);
    }

    public SipConfig withTransport(Transport newTransport) {
        return new SipConfig(bindAddress, port, newTransport, userAgent, acceptRegistrations, localUser, timerT1, tls, keepAlive);
    }

    public SipConfig withUserAgent(String newUserAgent) {
        return new SipConfig(bindAddress, port, transport, newUserAgent, acceptRegistrations, localUser, timerT1, tls, keepAlive);
    }

    public SipConfig withAcceptRegistrations(boolean accept) {
        return new SipConfig(bindAddress, port, transport, userAgent, accept, localUser, timerT1, tls, keepAlive);
    }

    public SipConfig withLocalUser(String newLocalUser) {
        return new SipConfig(bindAddress, port, transport, userAgent, acceptRegistrations, newLocalUser, timerT1, tls, keepAlive);
    }

    public SipConfig withTimerT1(Duration newT1) {
        return new SipConfig(bindAddress, port, transport, userAgent, acceptRegistrations, localUser, newT1, tls, keepAlive);
    }

    public SipConfig withTls(TlsSettings newTls) {
        return new SipConfig(bindAddress, port, transport, userAgent, acceptRegistrations, localUser, timerT1, newTls, keepAlive);
    }

    public SipConfig withKeepAlive(Duration newKeepAlive) {
        return new SipConfig(bindAddress, port, transport, userAgent, acceptRegistrations, localUser, timerT1, tls,
                newKeepAlive);
    }

    /**
     * The local address the operating system would use to reach {@code host}: a connected UDP
     * socket is asked for its source address, and no packet is sent.
     *
     * @throws IOException when the host does not resolve or no route leads there
     */
    public static InetAddress localAddressTowards(String host, int port) throws IOException {
        InetAddress remote = InetAddress.getByName(host);
        if (remote.isLoopbackAddress()) {
            return remote;
        }
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(remote, port));
            InetAddress local = probe.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                throw new IOException("no route to " + host);
            }
            return local;
        }
    }
}
