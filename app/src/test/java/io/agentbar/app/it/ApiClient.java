package io.agentbar.app.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The local HTTP API of {@code agentbar serve} as a CRM calls it: every request with the bearer token unless said. */
final class ApiClient {
    /** The line serve prints once its API is up; group 1 is the base URI. */
    static final String LISTENING = "api listening on (http://127\\.0\\.0\\.1:\\d+)";
    private static final Pattern CALL_ID = Pattern.compile("\"calls\":\\[\"([^\"]+)\"]");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String token;

    ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The API a serve announced in {@code listening}, a match of {@link #LISTENING}. */
    static ApiClient announced(MatchResult listening, String token) {
        return new ApiClient(URI.create(listening.group(1)), token);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    /** A GET as anyone on the machine could send it: the API must refuse it and change nothing. */
    HttpResponse<String> getWithoutToken(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT));
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Subscribes to {@code /api/events}: its lines arrive in the returned log as the server sends them,
     * and the log ends when the stream does.
     */
    LineLog events() {
        LineLog events = new LineLog();
        http.sendAsync(request("/api/events").build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(events::add))
                .whenComplete((done, failed) -> events.end());
        return events;
    }

    /** The one call id a successful originate or attended transfer answers with. */
    static String callId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher id = CALL_ID.matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
