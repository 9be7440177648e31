package io.agentbar.app.recording;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** An HTTP server for the tests: it keeps every request and answers with scripted status codes (then 201). */
public final class UploadServer implements AutoCloseable {
    public record Received(String method, String path, String contentType, String authorization, byte[] body) {}

    private final HttpServer server;
    private final Deque<Integer> statuses = new ArrayDeque<>();
    public final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    public UploadServer(Integer... statuses) throws IOException {
        this.statuses.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")), body));
            int status;
            synchronized (this.statuses) {
                status = this.statuses.isEmpty() ? 201 : this.statuses.removeFirst();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
