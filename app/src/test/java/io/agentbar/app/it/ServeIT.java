package io.agentbar.app.it;

import io.agentbar.app.cli.ServeCommand;
import io.agentbar.app.testline.TestLineAssembly;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar serve} in this JVM against the built-in test line, driven only through its HTTP
 * API: originate, see the call connected, hang up; a request without the token changes nothing;
 * closing stdin (a supervising parent going away) stops it cleanly.
 */
class ServeIT {
    private static final String TOKEN = "serve-it-token-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private TestLineAssembly.Running line;
    private URI api;

    @BeforeEach
    void startTestLine() throws Exception {
        line = TestLineAssembly.start(0);
    }

    @AfterEach
    void stopTestLine() {
        line.close();
    }

    @Test
    void originateConnectsAndHangupEndsThroughHttpOnly() throws Exception {
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream stdinEnd = new PipedInputStream(stdin);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--server", "127.0.0.1:" + line.port(), "--transport", "udp", "--user", "agent",
                "--bind", "127.0.0.1", "--api-port", "0", "--api-token-env", "AB_API_TOKEN");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return new ServeCommand(new PrintStream(new LineSink(out), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Optional.of(stdinEnd))
                        .run(args, Map.of("AB_API_TOKEN", TOKEN));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> Thread.ofPlatform().name("serve").start(r));

        api = URI.create(await(out, "api listening on (http://127\\.0\\.0\\.1:\\d+)").group(1));
        await(out, "^registered");

        HttpResponse<String> refused = http.send(request("/api/originate/600", false), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");

        http.sendAsync(request("/api/events", true), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(events::add));
        await(events, "^event: registration");

        HttpResponse<String> originated = http.send(HttpRequest.newBuilder(api.resolve("/api/originate/600"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(originated.statusCode()).as(originated.body()).isEqualTo(200);
        Matcher id = Pattern.compile("\"calls\":\\[\"([^\"]+)\"]").matcher(originated.body());
        assertThat(id.find()).as(originated.body()).isTrue();
        String call = id.group(1);

        await(events, "^data: \\{\"id\":\"" + call + "\".*\"state\":\"connected\"");
        assertThat(get("/api/calls").body()).contains("\"id\":\"" + call + "\"").contains("\"state\":\"connected\"")
                .contains("\"phonebarStatus\":8");
        HttpResponse<String> nothingRinging = get("/api/answer");
        assertThat(nothingRinging.statusCode()).as(nothingRinging.body()).isEqualTo(409);

        assertThat(get("/api/hangup/" + call).statusCode()).isEqualTo(200);
        await(events, "^data: \\{\"id\":\"" + call + "\".*\"state\":\"ended\".*\"endReason\":\"local-hangup\"");
        assertThat(get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");

        stdin.close();
        assertThat(exit.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(String.join("\n", out)).contains("stopping").doesNotContain(TOKEN);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
    }

    private HttpRequest request(String path, boolean withToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(10));
        if (withToken) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return b.build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path, true), HttpResponse.BodyHandlers.ofString());
    }

    /** Takes lines until one matches; what it passes over stays consumed. */
    private static Matcher await(BlockingQueue<String> lines, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            String l = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (l == null) {
                break;
            }
            seen.add(l);
            Matcher m = pattern.matcher(l);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("no line matching " + regex + " in " + seen);
    }
}
