package io.agentbar.app.it;

import io.agentbar.app.cli.ServeCommand;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.KamailioOptions;
import io.agentbar.app.it.peers.PresenceWatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.ArrayList;
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
 * The agent's pause reaches a supervisor: {@code agentbar serve} registered to Kamailio's presence server is
 * paused and made ready through the API, and a watcher subscribed to 1001's presence gets NOTIFYs showing
 * away with the note "Lunch", then open again. While paused, a call from the queue (baresip 1002) is refused
 * with 480 and never rings.
 */
class PresenceIT {
    private static final String TOKEN = "presence-it-token-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static Kamailio kamailio;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private URI api;

    @BeforeAll
    static void startPresenceServer() {
        kamailio = Kamailio.start(KamailioOptions.withUsers(Map.of("1001", "pw-1001", "1002", "pw-1002")).presence());
    }

    @AfterAll
    static void stopPresenceServer() {
        kamailio.close();
    }

    @Test
    void aWatcherSeesThePauseWithItsReasonThenReady() throws Exception {
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream stdinEnd = new PipedInputStream(stdin);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--server", kamailio.hostPort(), "--transport", "udp", "--user", "1001",
                "--password-env", "AB_PW", "--api-port", "0", "--api-token-env", "AB_API_TOKEN",
                "--pause-reasons", "Break,Lunch,Training");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return new ServeCommand(new PrintStream(new LineSink(out), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Optional.of(stdinEnd))
                        .run(args, Map.of("AB_API_TOKEN", TOKEN, "AB_PW", "pw-1001"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> Thread.ofPlatform().name("serve").start(r));
        api = URI.create(await(out, "api listening on (http://127\\.0\\.0\\.1:\\d+)").group(1));
        await(out, "^registered");
        http.sendAsync(request("/api/events"), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(events::add));
        // ready is published at login: the watcher's first NOTIFY then shows it, whatever the order
        await(events, "^data: \\{\"state\":\"ready\".*\"presence\":\"published\"");

        try (PresenceWatcher watcher = PresenceWatcher.subscribe(kamailio, "1001", Kamailio.HOST)) {
            assertThat(watcher.awaitResponse(WAIT)).matches("SIP/2.0 20[02] .*");
            String ready = watcher.awaitNotify(b -> b.contains("<basic>open</basic>"), WAIT);
            assertThat(ready).doesNotContain("away");

            HttpResponse<String> paused = post("/api/pause", "{\"reason\":\"lunch\"}");
            assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
            await(events, "^data: \\{\"state\":\"paused\",\"reason\":\"Lunch\".*\"presence\":\"published\"");
            String away = watcher.awaitNotify(b -> b.contains("Lunch"), WAIT);
            assertThat(away).contains("<basic>closed</basic>").containsPattern("<(rpid:)?away/>");

            assertThat(post("/api/pause", "{\"reason\":\"Nap\"}").statusCode()).as("not a configured reason")
                    .isEqualTo(400);

            // a queue call while paused: refused with 480, the agent never rung
            try (Baresip queue = Baresip.start(BaresipOptions.named("presence-queue").codecs("PCMU")
                    .registerAt(kamailio, "1002", "pw-1002"))) {
                queue.awaitRegistered(WAIT);
                queue.dial(kamailio.uri("1001"));
                await(events, "^data: \\{\"remote\":\\{\"uri\":\"sip:1002@.*\"sipStatus\":480,\"state\":\"paused\"");
                assertThat(queue.awaitCallClosed(WAIT)).contains("480");
            }
            assertThat(http.send(request("/api/calls"), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo("{\"ok\":true,\"calls\":[]}");

            assertThat(post("/api/ready", "").statusCode()).isEqualTo(200);
            String back = watcher.awaitNotify(b -> b.contains("<basic>open</basic>"), WAIT);
            assertThat(back).doesNotContain("Lunch").doesNotContainPattern("<(rpid:)?away/>");
        }
        HttpResponse<String> agent = http.send(request("/api/agent"), HttpResponse.BodyHandlers.ofString());
        assertThat(agent.body()).startsWith("{\"ok\":true,\"agent\":{\"state\":\"ready\"")
                .contains("\"connectedSince\":").contains("\"presence\":\"published\"")
                .contains("\"reasons\":[\"Break\",\"Lunch\",\"Training\"]");
        assertThat(kamailio.process().lines()).anyMatch(l -> l.contains("AGENTBAR published user=1001"));

        stdin.close();
        assertThat(exit.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN).build();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Matcher await(BlockingQueue<String> lines, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>();
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
        throw new AssertionError("no line matching " + regex + " in " + seen.subList(Math.max(0, seen.size() - 8), seen.size()));
    }
}
