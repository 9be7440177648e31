package io.agentbar.sip.ws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One SIP-over-WebSocket connection to one server (RFC 7118) over {@link java.net.http.WebSocket}:
 * opened on the first message we send, pinged while open, and after a loss reopened with back-off.
 *
 * <pre>
 *  Idle ──send: connect ok──► Open ──close / error / unanswered ping──► Lost ──retry or send ok──► Open
 *   └─send: connect fails: stays Idle (the caller sees the IOException)         └─retry fails: Lost, next wait longer
 *  any ──close()──► Closed
 * </pre>
 *
 * State changes hold {@link #lock} (connecting too, so a send waits for a reconnect already
 * under way instead of racing it); events are published after the lock is released.
 */
final class Flow {
    private static final Logger LOG = LoggerFactory.getLogger(Flow.class);
    static final String SUBPROTOCOL = "sip";
    private static final ByteBuffer PING = ByteBuffer.wrap("agentbar".getBytes(StandardCharsets.US_ASCII));

    private sealed interface State {
        // the states of the diagram above; Lost counts failed attempts for the back-off
    }

    private record Idle() implements State { }

    private record Open(WebSocket socket, ScheduledFuture<?> keepAlive) implements State { }

    private record Lost(int failures, ScheduledFuture<?> retry) implements State { }

    private record Closed() implements State { }

    private final URI server;
    private final HttpClient client;
    private final WebSocketSettings settings;
    private final ScheduledExecutorService timer;
    private final Executor delivery;
    private final int maxMessage;
    private final Consumer<byte[]> inbound;
    private final Consumer<FlowEvent> events;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock sending = new ReentrantLock();
    private State state = new Idle();
    private volatile boolean awaitingPong;

    /**
     * @param delivery runs {@code inbound} for each received message, in order, off the JDK's
     *                 WebSocket threads (the stack may answer from there, and must not block them)
     */
    Flow(URI server, HttpClient client, WebSocketSettings settings, ScheduledExecutorService timer, Executor delivery,
         int maxMessage, Consumer<byte[]> inbound, Consumer<FlowEvent> events) {
        this.server = server;
        this.client = client;
        this.settings = settings;
        this.timer = timer;
        this.delivery = delivery;
        this.maxMessage = maxMessage;
        this.inbound = inbound;
        this.events = events;
    }

    URI server() {
        return server;
    }

    /** Sends one SIP message as one WebSocket message, connecting first when needed. */
    void send(byte[] message) throws IOException {
        WebSocket socket = open();
        sending.lock(); // the JDK allows one outstanding text/binary send at a time
        try {
            await(Utf8.decode(message).map(text -> socket.sendText(text, true))
                    .orElseGet(() -> socket.sendBinary(ByteBuffer.wrap(message), true)), "send to " + server);
        } catch (IOException e) {
            lost(socket, "send failed: " + e.getMessage());
            throw e;
        } finally {
            sending.unlock();
        }
    }

    /** Ends the flow for good: no more reconnects. */
    void close() {
        State before;
        lock.lock();
        try {
            before = state;
            state = new Closed();
        } finally {
            lock.unlock();
        }
        switch (before) {
            case Open open -> {
                open.keepAlive().cancel(false);
                open.socket().sendClose(WebSocket.NORMAL_CLOSURE, "")
                        .orTimeout(1, TimeUnit.SECONDS)
                        .whenComplete((ws, e) -> open.socket().abort());
            }
            case Lost lost -> lost.retry().cancel(false);
            case Idle idle -> { }
            case Closed closed -> { }
        }
    }

    private WebSocket open() throws IOException {
        Optional<FlowEvent> event = Optional.empty();
        lock.lock();
        try {
            switch (state) {
                case Open open -> {
                    return open.socket();
                }
                case Closed closed -> throw new IOException("WebSocket flow to " + server + " is closed");
                case Idle idle -> state = connect();
                case Lost lost -> {
                    state = connect(); // on failure the retry already scheduled stays
                    lost.retry().cancel(false);
                    event = Optional.of(new FlowEvent.Restored(server));
                }
            }
            return ((Open) state).socket();
        } finally {
            lock.unlock();
            event.ifPresent(events);
        }
    }

    private void retry() {
        Optional<FlowEvent> event = Optional.empty();
        lock.lock();
        try {
            if (state instanceof Lost lost) {
                try {
                    state = connect();
                    event = Optional.of(new FlowEvent.Restored(server));
                    LOG.info("WebSocket flow to {} restored", server);
                } catch (IOException e) {
                    int failures = lost.failures() + 1;
                    LOG.debug("WebSocket flow to {} still down (attempt {}): {}", server, failures, e.getMessage());
                    state = new Lost(failures, schedule(failures));
                }
            }
        } finally {
            lock.unlock();
            event.ifPresent(events);
        }
    }

    /** The socket closed, failed or stopped answering: forget it and start reconnecting. */
    private void lost(WebSocket socket, String reason) {
        boolean wasCurrent = false;
        lock.lock();
        try {
            if (state instanceof Open open && open.socket() == socket) {
                open.keepAlive().cancel(false);
                state = new Lost(1, schedule(1));
                wasCurrent = true;
            }
        } finally {
            lock.unlock();
        }
        socket.abort();
        if (wasCurrent) {
            LOG.warn("WebSocket flow to {} lost: {}", server, reason);
            events.accept(new FlowEvent.Lost(server, reason));
        }
    }

    private ScheduledFuture<?> schedule(int failures) {
        long wait = settings.reconnect().delay(failures, ThreadLocalRandom.current().nextDouble()).toMillis();
        return timer.schedule(this::retry, wait, TimeUnit.MILLISECONDS);
    }

    /** Called with the lock held. */
    private Open connect() throws IOException {
        WebSocket socket = await(client.newWebSocketBuilder()
                .subprotocols(SUBPROTOCOL)
                .connectTimeout(settings.connectTimeout())
                .buildAsync(server, new Listener()), "connect to " + server);
        if (!SUBPROTOCOL.equalsIgnoreCase(socket.getSubprotocol())) {
            // RFC 7118 §4.1: without the sip subprotocol the server does not speak SIP to us
            socket.abort();
            throw new IOException(server + " did not accept the WebSocket subprotocol 'sip'");
        }
        awaitingPong = false;
        long every = settings.keepAlive().toMillis();
        ScheduledFuture<?> keepAlive = timer.scheduleAtFixedRate(() -> ping(socket), every, every, TimeUnit.MILLISECONDS);
        LOG.debug("WebSocket flow to {} open", server);
        return new Open(socket, keepAlive);
    }

    /**
     * WebSocket ping, not RFC 5626 CRLF: every RFC 6455 server must answer it with a pong, it
     * never reaches the SIP layer of either side, and the pong tells us the flow is alive.
     */
    private void ping(WebSocket socket) {
        if (awaitingPong) {
            lost(socket, "no pong within " + settings.keepAlive().toMillis() + " ms");
            return;
        }
        awaitingPong = true;
        socket.sendPing(PING.duplicate());
    }

    private <T> T await(CompletableFuture<T> future, String what) throws IOException {
        long wait = settings.connectTimeout().toMillis() + 1000;
        try {
            return future.get(wait, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("cannot " + what + ": " + describe(cause), cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException("cannot " + what + ": no answer within " + wait + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + what, e);
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Callbacks of one socket; the JDK calls them one at a time. */
    private final class Listener implements WebSocket.Listener {
        private final MessageAssembler assembler = new MessageAssembler(maxMessage);

        @Override
        public void onOpen(WebSocket socket) {
            socket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            assembler.text(data, last).ifPresent(this::deliver);
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            assembler.binary(data, last).ifPresent(this::deliver);
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
            awaitingPong = false;
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            lost(socket, "closed by the server (" + statusCode + (reason.isBlank() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            lost(socket, describe(error));
        }

        private void deliver(byte[] message) {
            delivery.execute(() -> {
                try {
                    inbound.accept(message);
                } catch (RuntimeException e) {
                    // bad input from the network never takes the flow down
                    LOG.debug("inbound WebSocket message from {} dropped", server, e);
                }
            });
        }
    }
}
