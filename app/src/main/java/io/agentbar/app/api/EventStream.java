package io.agentbar.app.api;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/events}: each connection subscribes to the phone for as long as it is open, so
 * it first receives the current state (the phone replays it to a new listener) and then every change.
 */
final class EventStream {
    private final PhoneCommands phone;
    private final ApiServer.Limits limits;
    private final Set<EventClient> clients = ConcurrentHashMap.newKeySet();

    EventStream(PhoneCommands phone, ApiServer.Limits limits) {
        this.phone = phone;
        this.limits = limits;
    }

    /** Answers the request; @return false when there are too many streams already (nothing was sent) */
    boolean open(HttpExchange exchange) throws IOException {
        if (clients.size() >= limits.eventStreams()) {
            return false;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        EventClient client = new EventClient(exchange, limits.eventQueue(), limits.keepAlive(), this::ended);
        clients.add(client);
        phone.subscribe(client);
        phone.subscribeAgent(client.agentListener());
        client.start();
        return true;
    }

    private void ended(EventClient client) {
        clients.remove(client);
        phone.unsubscribe(client);
        phone.unsubscribeAgent(client.agentListener());
    }

    int clients() {
        return clients.size();
    }

    void close() {
        clients.forEach(EventClient::drop);
    }
}
