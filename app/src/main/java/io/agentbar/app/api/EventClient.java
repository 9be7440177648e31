package io.agentbar.app.api;

import com.sun.net.httpserver.HttpExchange;
import io.agentbar.core.phone.PhoneEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One server-sent-events connection. The phone's thread only offers events to a bounded queue; this
 * client's own thread writes them. A client that falls a whole queue behind is dropped: its writer
 * is interrupted, which closes the socket even while a write is blocked on a stalled reader.
 */
final class EventClient implements java.util.function.Consumer<PhoneEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(EventClient.class);

    private final HttpExchange exchange;
    private final BlockingQueue<ApiJson.Event> queue;
    private final java.util.function.Consumer<io.agentbar.core.agent.AgentEvent> agentListener =
            event -> offer(ApiJson.event(event));
    private final Duration keepAlive;
    private final java.util.function.Consumer<EventClient> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Thread writer;

    EventClient(HttpExchange exchange, int capacity, Duration keepAlive, java.util.function.Consumer<EventClient> onEnd) {
        this.exchange = exchange;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.keepAlive = keepAlive;
        this.onEnd = onEnd;
    }

    /** Called on the phone's thread: never blocks. */
    @Override
    public void accept(PhoneEvent event) {
        offer(ApiJson.event(event));
    }

    /** This stream's listener for agent events (the same one each time, so it can be unsubscribed). */
    java.util.function.Consumer<io.agentbar.core.agent.AgentEvent> agentListener() {
        return agentListener;
    }

    private void offer(ApiJson.Event event) {
        if (!ended.get() && !queue.offer(event)) {
            LOG.info("event stream client {} fell {} events behind and was dropped", exchange.getRemoteAddress(),
                    queue.size());
            drop();
        }
    }

    void start() {
        writer = Thread.ofVirtual().name("api-events").start(this::run);
    }

    /** Ends the stream from outside: a full queue, or the server stopping. */
    void drop() {
        ended.set(true);
        Thread w = writer;
        if (w != null) {
            w.interrupt();
        }
    }

    private void run() {
        OutputStream out = exchange.getResponseBody();
        try {
            write(out, ": agentbar events\n\n");
            while (!ended.get()) {
                ApiJson.Event e = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                if (e == null) {
                    // a comment line keeps proxies and idle timers from closing the stream, and shows a gone client
                    write(out, ": keep-alive\n\n");
                    continue;
                }
                write(out, "event: " + e.name() + "\ndata: " + e.data() + "\n\n");
                if (e.name().equals(ApiJson.SHUTDOWN)) {
                    break;
                }
            }
        } catch (IOException | InterruptedException e) {
            LOG.debug("event stream to {} ended: {}", exchange.getRemoteAddress(), e.toString());
        } finally {
            if (ended.get()) {
                // dropped: closing writes the last chunk, which would block on a stalled reader; with
                // the interrupt status set, the virtual thread's blocking write closes the socket instead
                Thread.currentThread().interrupt();
            }
            ended.set(true);
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("event stream close: {}", e.toString());
            }
            exchange.close();
            onEnd.accept(this);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
