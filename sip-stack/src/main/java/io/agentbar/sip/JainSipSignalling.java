package io.agentbar.sip;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.call.CallId;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.signalling.PresenceStatus;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.log.Slf4jStackLogger;
import io.agentbar.sip.tls.TlsSipStack;
import io.agentbar.sip.tls.TlsTargets;
import io.agentbar.sip.ws.FlowEvent;
import io.agentbar.sip.ws.WebSocketProcessorFactory;
import io.agentbar.sip.ws.WebSocketSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link Signalling} over the JAIN-SIP reference implementation: UDP and TCP on one port, TLS on
 * its own (with our trust and RFC 5922 identity check, {@code io.agentbar.sip.tls}), REGISTER
 * with our own digest, INVITE dialogs in both directions, and (for the test line) a tiny registrar.
 *
 * <p>Threads: every command and every JAIN-SIP callback is handed to one single-thread executor
 * ("sip-signalling") owned by this object, which owns all SIP state; commands return at once and
 * outcomes come back through the consumer given to {@link #start}.
 */
public final class JainSipSignalling implements Signalling {
    private static final Logger LOG = LoggerFactory.getLogger(JainSipSignalling.class);
    private static final int PORT_ATTEMPTS = 20;

    static {
        // Classes of the RI log through this static hook even before a stack exists; without it
        // they would reach for log4j, which is deliberately absent.
        if (CommonLogger.legacyLogger == null) {
            CommonLogger.legacyLogger = new Slf4jStackLogger();
        }
    }

    private final SipConfig config;
    private final WebSocketSettings webSocket;
    private final ScheduledExecutorService executor;
    private SipStackImpl stack;
    private volatile UserAgent agent;
    private volatile int port;
    private volatile int tlsPort;
    private volatile Consumer<SignallingEvent> events;
    /** The account to register again when its WebSocket flow comes back; empty after unregister. */
    private volatile Optional<Registered> registered = Optional.empty();

    private record Registered(Account account, Secret password) {
    }

    public JainSipSignalling(SipConfig config) {
        this(config, WebSocketSettings.defaults());
    }

    /** @param webSocket how WS and WSS accounts reach their server (path, TLS trust, keep-alive) */
    public JainSipSignalling(SipConfig config, WebSocketSettings webSocket) {
        this.config = Objects.requireNonNull(config, "config");
        this.webSocket = Objects.requireNonNull(webSocket, "webSocket");
        ScheduledThreadPoolExecutor signalling = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("sip-signalling").daemon(true).factory());
        // timers (keep-alives) run on the signalling thread too; close() must not wait for pending ones
        signalling.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = signalling;
    }

    @Override
    public synchronized void start(Consumer<SignallingEvent> events) throws IOException {
        if (stack != null) {
            throw new IllegalStateException("already started");
        }
        try {
            TlsTargets tlsTargets = new TlsTargets();
            stack = new TlsSipStack(StackProperties.create(), config.tls(), tlsTargets);
            this.events = events;
            // our WS/WSS transports (tech-notes §0 #4: the RI's own WS client does not work)
            WebSocketProcessorFactory transports = new WebSocketProcessorFactory(stack.getMessageProcessorFactory(),
                    webSocket, this::onFlowEvent);
            stack.setMessageProcessorFactory(transports);
            List<ListeningPoint> points = listen(stack);
            SipProvider provider = stack.createSipProvider(points.get(0));
            for (ListeningPoint lp : points.subList(1, points.size())) {
                provider.addListeningPoint(lp);
            }
            SipEndpoint endpoint = new SipEndpoint(provider, new AddressFactoryImpl(), new HeaderFactoryImpl(),
                    new MessageFactoryImpl(), config, port, tlsPort, tlsTargets, executor,
                    Optional.of(transports.sentBy()));
            Optional<LocationService> location = config.acceptRegistrations()
                    ? Optional.of(new LocationService(Clock.systemUTC())) : Optional.empty();
            agent = new UserAgent(endpoint, events, location);
            provider.addSipListener(new ListenerBridge(executor, agent));
            LOG.info("SIP listening on {}:{} (UDP and TCP), TLS on {}; WS and WSS as a client{}",
                    config.bindAddress().getHostAddress(), port, tlsPort,
                    config.acceptRegistrations() ? " with the test-line registrar" : "");
        } catch (IOException e) {
            stopStack();
            throw e;
        } catch (Exception e) {
            // PeerUnavailable, TooManyListeners, ObjectInUse, a refused TLS setting...: wrapped here
            stopStack();
            throw new IOException("cannot start SIP on " + config.bindAddress().getHostAddress() + ": " + e.getMessage(), e);
        }
    }

    private List<ListeningPoint> listen(SipStackImpl sipStack) throws IOException {
        String ip = config.bindAddress().getHostAddress();
        Exception last = null;
        for (int attempt = 0; attempt < (config.port() == 0 ? PORT_ATTEMPTS : 1); attempt++) {
            int candidate = config.port() != 0 ? config.port() : freePort(config.bindAddress());
            List<ListeningPoint> points = new ArrayList<>();
            try {
                points.add(sipStack.createListeningPoint(ip, candidate, ListeningPoint.UDP));
                points.add(sipStack.createListeningPoint(ip, candidate, ListeningPoint.TCP));
                int tls = config.port() != 0 && candidate < 65535 ? candidate + 1 : freePort(config.bindAddress());
                points.add(sipStack.createListeningPoint(ip, tls, ListeningPoint.TLS));
                // client-only, bind nothing: the port only keys them in the stack
                points.add(sipStack.createListeningPoint(ip, candidate, "WS"));
                points.add(sipStack.createListeningPoint(ip, candidate, "WSS"));
                port = candidate;
                tlsPort = tls;
                return points;
            } catch (Exception e) {
                // someone took the port between our probe and the bind; try another
                last = e;
                for (ListeningPoint lp : points) {
                    deleteQuietly(sipStack, lp);
                }
            }
        }
        throw new IOException("SIP port " + (config.port() == 0 ? "(any)" : config.port()) + " on " + ip
                + " is not available", last);
    }

    /** JAIN-SIP rejects port 0, so we ask the OS for a port free for both TCP and UDP. */
    private static int freePort(InetAddress address) throws IOException {
        for (int i = 0; i < PORT_ATTEMPTS; i++) {
            int p;
            try (ServerSocket tcp = new ServerSocket(0, 1, address)) {
                p = tcp.getLocalPort();
            }
            try (DatagramSocket udp = new DatagramSocket(p, address)) {
                return udp.getLocalPort();
            } catch (IOException busy) {
                // the UDP side of that port is taken; ask again
            }
        }
        throw new IOException("no free SIP port on " + address.getHostAddress());
    }

    @Override
    public InetAddress localAddress() {
        return config.bindAddress();
    }

    /** The SIP port in use: the configured one, or the one picked at {@link #start}; 0 before. */
    public int localPort() {
        return port;
    }

    /** The SIP-over-TLS port in use; 0 before {@link #start}. */
    public int localTlsPort() {
        return tlsPort;
    }

    @Override
    public void register(Account account, Secret password) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(password, "password");
        registered = Optional.of(new Registered(account, password));
        run(a -> a.register(account, password));
    }

    @Override
    public void unregister() {
        registered = Optional.empty();
        run(UserAgent::unregister);
    }

    /**
     * A lost WebSocket flow leaves the registrar unable to reach us: say so at once (the phone
     * shows it and retries on its own schedule); when the flow is back, register over it again.
     */
    private void onFlowEvent(FlowEvent event) {
        Optional<Registered> r = registered.filter(g -> g.account().transport().webSocket()
                && g.account().port() == event.server().getPort()
                && event.server().getHost().replaceAll("[\\[\\]]", "").equalsIgnoreCase(g.account().server()));
        if (r.isEmpty()) {
            return;
        }
        switch (event) {
            case FlowEvent.Lost lost -> run(a -> events.accept(new SignallingEvent.RegistrationFailed(0,
                    "Connection to " + lost.server().getHost() + " lost: " + lost.reason(), false, Optional.empty())));
            case FlowEvent.Restored restored -> run(a -> a.register(r.get().account(), r.get().password()));
        }
    }

    @Override
    public void invite(CallId call, String target, MediaDescription offer) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(offer, "offer");
        run(a -> a.invite(call, target, offer));
    }

    @Override
    public void ringing(CallId call) {
        run(a -> a.ringing(call));
    }

    @Override
    public void accept(CallId call, MediaDescription answer) {
        Objects.requireNonNull(answer, "answer");
        run(a -> a.accept(call, answer));
    }

    @Override
    public void reject(CallId call, int status) {
        run(a -> a.reject(call, status));
    }

    @Override
    public void forward(CallId call, String target) {
        run(a -> a.forward(call, target));
    }

    @Override
    public void updateDirection(CallId call, MediaDirection direction) {
        Objects.requireNonNull(direction, "direction");
        run(a -> a.updateDirection(call, direction));
    }

    @Override
    public void refer(CallId call, String target) {
        run(a -> a.refer(call, target));
    }

    @Override
    public void referReplacing(CallId call, CallId consultation) {
        run(a -> a.referReplacing(call, consultation));
    }

    @Override
    public void hangUp(CallId call) {
        run(a -> a.hangUp(call));
    }

    @Override
    public void sendDtmfInfo(CallId call, char digit, Duration duration) {
        Objects.requireNonNull(duration, "duration");
        run(a -> a.sendDtmfInfo(call, digit, duration));
    }

    @Override
    public void sendInfo(CallId call, String contentType, String body) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        run(a -> a.sendInfo(call, contentType, body));
    }

    @Override
    public void publishPresence(PresenceStatus status) {
        Objects.requireNonNull(status, "status");
        run(a -> a.publishPresence(status));
    }

    @Override
    public void withdrawPresence() {
        run(UserAgent::withdrawPresence);
    }

    private void run(Consumer<UserAgent> command) {
        UserAgent a = agent;
        if (a == null) {
            LOG.warn("SIP command before start() ignored");
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    command.accept(a);
                } catch (RuntimeException e) {
                    LOG.error("SIP command failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("SIP command after close ignored");
        }
    }

    /** Stops the signalling thread (letting queued work finish briefly) and the stack. */
    @Override
    public synchronized void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        stopStack();
    }

    private void stopStack() {
        if (stack != null) {
            try {
                stack.stop();
            } catch (RuntimeException e) {
                LOG.debug("JAIN-SIP stop", e);
            }
            stack = null;
        }
    }

    private static void deleteQuietly(SipStackImpl sipStack, ListeningPoint lp) {
        try {
            sipStack.deleteListeningPoint(lp);
        } catch (Exception e) {
            LOG.debug("cannot delete listening point", e);
        }
    }
}
