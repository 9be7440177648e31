package io.agentbar.sip.tls;

import gov.nist.javax.sip.ListeningPointExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * RFC 5626 §4.4.1 keep-alive on a registration's TCP or TLS connection: a CRLFCRLF ping every
 * 80–100 % of the interval (the jitter keeps many phones behind one NAT from pinging in step),
 * which holds NAT bindings and the registrar's idle timers open.
 *
 * <p>The flow counts as lost when the ping cannot be sent, or when sending it made JAIN-SIP open
 * a new connection (it reconnects silently when the old one was closed): the registrar's binding
 * points at the dead connection, so the owner must REGISTER again over the new one. A missing
 * pong is not treated as a loss, because a registrar that does not speak RFC 5626 never sends one.
 *
 * <p>Runs on the given executor, which is the signalling thread: no locks.
 */
public final class FlowKeepAlive {
    private static final Logger LOG = LoggerFactory.getLogger(FlowKeepAlive.class);
    /** Below the 30 s many NATs keep idle TCP mappings; RFC 5626's UDP figure, for both. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(25);

    private final ListeningPointExt point;
    private final String host;
    private final int port;
    private final Duration interval;
    private final ScheduledExecutorService timer;
    private final Consumer<String> onLost;
    private final LongSupplier connections;
    private long generation;
    private ScheduledFuture<?> next;
    private boolean running;

    private FlowKeepAlive(ListeningPointExt point, String host, int port, Duration interval,
                          ScheduledExecutorService timer, Consumer<String> onLost, LongSupplier connections) {
        this.point = point;
        this.host = host;
        this.port = port;
        this.interval = interval;
        this.timer = timer;
        this.onLost = onLost;
        this.connections = connections;
    }

    /**
     * A keep-alive for the flow to {@code host:port}, or empty for UDP (no connection to keep).
     *
     * @param onLost called on {@code timer} with a short description when the flow died; not called after {@link #stop()}
     */
    public static Optional<FlowKeepAlive> over(SipProvider provider, String transport, String host, int port,
                                               Duration interval, ScheduledExecutorService timer, Consumer<String> onLost) {
        if (!transport.equalsIgnoreCase(ListeningPoint.TCP) && !transport.equalsIgnoreCase(ListeningPoint.TLS)) {
            return Optional.empty();
        }
        if (!(provider.getListeningPoint(transport) instanceof ListeningPointExt point)) {
            return Optional.empty();
        }
        LongSupplier connections = () -> 0;
        if (provider.getSipStack() instanceof TlsSipStack stack) {
            connections = () -> {
                try {
                    return stack.connectionsOpened(InetAddress.getByName(host), port);
                } catch (UnknownHostException e) {
                    return -1; // the name no longer resolves: treat as a new flow, the REGISTER will tell
                }
            };
        }
        return Optional.of(new FlowKeepAlive(point, host, port, interval, timer, onLost, connections));
    }

    /** (Re)starts pinging the connection that exists now, e.g. the one the 200 to REGISTER came over. */
    public void start() {
        stop();
        generation = connections.getAsLong();
        running = true;
        schedule();
    }

    public void stop() {
        running = false;
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private void schedule() {
        long millis = (long) (interval.toMillis() * (0.8 + 0.2 * ThreadLocalRandom.current().nextDouble()));
        try {
            next = timer.schedule(this::ping, Math.max(1, millis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            running = false;
        }
    }

    private void ping() {
        if (!running) {
            return;
        }
        try {
            point.sendHeartbeat(host, port);
        } catch (IOException | RuntimeException e) {
            lost("keep-alive failed: " + e.getMessage());
            return;
        }
        if (connections.getAsLong() != generation) {
            lost("the connection was closed");
            return;
        }
        schedule();
    }

    private void lost(String why) {
        running = false;
        LOG.debug("flow to {}:{} lost: {}", host, port, why);
        onLost.accept(why);
    }
}
