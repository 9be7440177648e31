package io.agentbar.sip.ws;

import gov.nist.core.HostPort;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The WS or WSS "listening point" of a JAIN-SIP stack: client side only (a UA behind a WebSocket
 * never accepts connections, RFC 7118 §5), so it binds nothing. Its address and port are those of
 * the phone's UDP/TCP point, which keeps the stack's bookkeeping (keys, self-routing checks) happy;
 * its sent-by is a random {@code .invalid} host, as in JsSIP and SIP.js, because our address is
 * meaningless to the server (RFC 7118 §5.2). One {@link WebSocketMessageChannel} per server.
 */
final class WebSocketMessageProcessor extends MessageProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketMessageProcessor.class);
    private static final int DEFAULT_MAX_MESSAGE = 65536;

    private final boolean secure;
    private final WebSocketSettings settings;
    private final Consumer<FlowEvent> events;
    private final List<WebSocketMessageChannel> channels = new ArrayList<>();
    private ScheduledExecutorService timer;
    private ExecutorService delivery;
    private HttpClient client;
    /** For the plain WS processor: the WSS one, whose flows a {@code transport=ws} route may name. */
    private volatile WebSocketMessageProcessor secureSibling;

    WebSocketMessageProcessor(InetAddress address, int port, String transport, SIPTransactionStack stack,
                              String sentBy, WebSocketSettings settings, Consumer<FlowEvent> events) {
        super(address, port, transport, stack);
        this.secure = transport.equalsIgnoreCase("WSS");
        this.settings = settings;
        this.events = events;
        try {
            setSentBy(sentBy);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("bad sent-by host " + sentBy, e);
        }
    }

    @Override
    public SIPTransactionStack getSIPStack() {
        return sipStack;
    }

    @Override
    public MessageChannel createMessageChannel(HostPort target) throws IOException {
        int port = target.getPort() > 0 ? target.getPort() : getDefaultTargetPort();
        return channelTo(target.getHost().getHostname(), target.getInetAddress(), port);
    }

    @Override
    public MessageChannel createMessageChannel(InetAddress address, int port) throws IOException {
        return channelTo(address.getHostAddress(), address, port > 0 ? port : getDefaultTargetPort());
    }

    /**
     * The channel to the server at that address, opened (lazily, on its first message) if none
     * leads there yet. Matching by address lets a Record-Route naming the server's IP use the
     * flow that was opened to its name.
     */
    private WebSocketMessageChannel channelTo(String host, InetAddress address, int port) throws IOException {
        // RFC 7118 §5: URIs say transport=ws for WS and WSS alike, so a Record-Route written by the
        // server for our WSS flow arrives here; it must reuse that flow, never open a plain one
        WebSocketMessageProcessor sibling = secureSibling;
        if (sibling != null) {
            java.util.Optional<WebSocketMessageChannel> secure = sibling.existing(address, port);
            if (secure.isPresent()) {
                return secure.get();
            }
        }
        return ownChannelTo(host, address, port);
    }

    void shareFlowsOf(WebSocketMessageProcessor secure) {
        this.secureSibling = secure;
    }

    synchronized java.util.Optional<WebSocketMessageChannel> existing(InetAddress address, int port) {
        return channels.stream().filter(c -> c.leadsTo(address, port)).findFirst();
    }

    private synchronized WebSocketMessageChannel ownChannelTo(String host, InetAddress address, int port)
            throws IOException {
        if (timer == null) {
            throw new IOException(getTransport() + " transport is stopped");
        }
        for (WebSocketMessageChannel c : channels) {
            if (c.leadsTo(address, port)) {
                return c;
            }
        }
        URI server = serverUri(host, port);
        WebSocketMessageChannel channel = new WebSocketMessageChannel(this, server, address,
                sink -> new Flow(server, client(), settings, timer, delivery, getMaximumMessageSize(), sink, events));
        channels.add(channel);
        return channel;
    }

    URI serverUri(String host, int port) throws IOException {
        String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        try {
            return new URI((secure ? "wss" : "ws") + "://" + literal + ":" + port + settings.path());
        } catch (URISyntaxException e) {
            throw new UnknownHostException("not a WebSocket server: " + host + ":" + port);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            SSLParameters tls = settings.sslContext().getDefaultSSLParameters();
            // the RI's TLS never checks the host (tech-notes §1); here the JDK must, by HTTPS rules
            tls.setEndpointIdentificationAlgorithm("HTTPS");
            Set<String> supported = Set.of(settings.sslContext().getSupportedSSLParameters().getProtocols());
            tls.setProtocols(Arrays.stream(new String[]{"TLSv1.3", "TLSv1.2"}).filter(supported::contains)
                    .toArray(String[]::new));
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.connectTimeout())
                    .sslContext(settings.sslContext())
                    .sslParameters(tls)
                    .build();
        }
        return client;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("sip-" + getTransport().toLowerCase(Locale.ROOT) + "-timer").daemon(true).factory());
        delivery = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("sip-" + getTransport().toLowerCase(Locale.ROOT) + "-in").daemon(true).factory());
    }

    @Override
    public synchronized void stop() {
        for (WebSocketMessageChannel c : channels) {
            c.shutDown();
        }
        channels.clear();
        if (timer != null) {
            timer.shutdownNow();
            delivery.shutdownNow();
            timer = null;
        }
        if (client != null) {
            client.shutdownNow();
            client = null;
        }
        LOG.debug("{} transport stopped", getTransport());
    }

    @Override
    public int getDefaultTargetPort() {
        return secure ? 443 : 80;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public int getMaximumMessageSize() {
        return sipStack.getMaxMessageSize() > 0 ? sipStack.getMaxMessageSize() : DEFAULT_MAX_MESSAGE;
    }

    @Override
    public synchronized boolean inUse() {
        return !channels.isEmpty();
    }
}
