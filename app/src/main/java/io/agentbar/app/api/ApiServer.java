package io.agentbar.app.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The control API's HTTP server, bound to 127.0.0.1 only. Every request passes the same gates in
 * the same order before anything reaches the phone: loopback peer, a Host naming this computer
 * (a web page that rebinds its DNS name to 127.0.0.1 is refused), bounded size, the bearer token.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final int MAX_URI = 2048;
    static final int MAX_BODY = 4096;
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    /**
     * @param eventStreams how many event streams may be open at once
     * @param eventQueue   how many events a stream may fall behind before it is dropped
     * @param keepAlive    how long a quiet stream waits before a keep-alive comment
     */
    public record Limits(int eventStreams, int eventQueue, Duration keepAlive) {
        public static final Limits DEFAULT = new Limits(8, 256, Duration.ofSeconds(15));
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final PhoneCommands phone;
    private final BearerToken token;
    private final EventStream events;

    private ApiServer(HttpServer server, ExecutorService executor, PhoneCommands phone, BearerToken token, Limits limits) {
        this.server = server;
        this.executor = executor;
        this.phone = phone;
        this.token = token;
        this.events = new EventStream(phone, limits);
    }

    /** Binds 127.0.0.1:{@code port} (0: any free port) and starts answering. */
    public static ApiServer start(PhoneCommands phone, BearerToken token, int port, Limits limits) throws IOException {
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 16);
        // a few threads are plenty for one user's tools; event streams write from their own threads
        ExecutorService executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("api-http-", 0).daemon().factory());
        ApiServer api = new ApiServer(http, executor, phone, token, limits);
        http.createContext("/", api::handle);
        http.setExecutor(executor);
        http.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Open event streams, for tests and diagnostics. */
    int eventStreams() {
        return events.clients();
    }

    private void handle(HttpExchange exchange) {
        int status = 0;
        try {
            Optional<ApiResponse> response = answer(exchange);
            if (response.isPresent()) {
                status = response.get().status();
                send(exchange, response.get());
            } else {
                status = 200;
            }
        } catch (IOException e) {
            LOG.debug("api exchange failed: {}", e.toString());
            exchange.close();
        } catch (RuntimeException e) {
            LOG.error("api request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
            status = 500;
            try {
                send(exchange, ApiResponse.error(500, "internal error"));
            } catch (IOException ignored) {
                exchange.close();
            }
        }
        // never the headers: they carry the token
        LOG.debug("api {} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), status);
    }

    /** @return the response to send, or empty when an event stream took the exchange over */
    private Optional<ApiResponse> answer(HttpExchange exchange) throws IOException {
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            return Optional.of(ApiResponse.error(403, "the API answers to this computer only"));
        }
        if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
            return Optional.of(ApiResponse.error(403, "the Host header must be 127.0.0.1 or localhost"));
        }
        if (exchange.getRequestURI().getRawPath().length() + Optional.ofNullable(exchange.getRequestURI().getRawQuery())
                .map(String::length).orElse(0) > MAX_URI) {
            return Optional.of(ApiResponse.error(414, "request URI too long"));
        }
        Optional<byte[]> bytes = readBody(exchange);
        if (bytes.isEmpty()) {
            return Optional.of(ApiResponse.error(413, "request body too large (at most " + MAX_BODY + " bytes)"));
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!token.matches(authorization)) {
            exchange.getResponseHeaders().set("WWW-Authenticate",
                    authorization == null ? "Bearer realm=\"agentbar\"" : "Bearer realm=\"agentbar\", error=\"invalid_token\"");
            return Optional.of(ApiResponse.error(401, "missing or wrong API token"));
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/api/events") || path.equals("/api/events/")) {
            if (!method.equals("GET")) {
                return Optional.of(notAllowed(exchange, "GET"));
            }
            return events.open(exchange) ? Optional.empty()
                    : Optional.of(ApiResponse.error(503, "too many event streams are open"));
        }
        Optional<Map<String, String>> body = RequestBody.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
                bytes.get());
        if (body.isEmpty()) {
            return Optional.of(ApiResponse.error(400, "the body is neither a flat JSON object nor a form"));
        }
        return switch (Routes.resolve(path, exchange.getRequestURI().getRawQuery(), body.get())) {
            case Routes.Route.Unknown u -> Optional.of(ApiResponse.error(404, "no such API path"));
            case Routes.Route.Malformed m -> Optional.of(ApiResponse.error(400, m.reason()));
            case Routes.Route.Found f when f.read() && !method.equals("GET") -> Optional.of(notAllowed(exchange, "GET"));
            case Routes.Route.Found f when !method.equals("GET") && !method.equals("POST") ->
                    Optional.of(notAllowed(exchange, "GET, POST"));
            case Routes.Route.Found f -> Optional.of(f.action().apply(phone));
        };
    }

    private static ApiResponse notAllowed(HttpExchange exchange, String allow) {
        exchange.getResponseHeaders().set("Allow", allow);
        return ApiResponse.error(405, "method not allowed (use " + allow + ")");
    }

    static boolean localHost(String host) {
        if (host == null) {
            return true;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return LOCAL_HOSTS.contains(h);
    }

    /** Reads a small body; @return empty when it is larger than the API ever needs */
    private static Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (exchange.getRequestHeaders().containsKey("Transfer-Encoding")) {
            return Optional.empty();
        }
        try {
            if (length != null && Long.parseLong(length.strip()) > MAX_BODY) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] read = in.readNBytes(MAX_BODY + 1);
            return read.length <= MAX_BODY ? Optional.of(read) : Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** Ends the event streams and stops answering; the phone is left as it is. */
    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
