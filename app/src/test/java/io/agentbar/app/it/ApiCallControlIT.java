package io.agentbar.app.it;

import io.agentbar.app.cli.ServeCommand;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
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
 * A CRM's view: {@code agentbar serve} registered to Kamailio, driven only through HTTP through a
 * whole call: originate, hold, unhold, consult a colleague, complete the attended transfer. The
 * customer (baresip 1002) ends up talking to the colleague (baresip 1003); a request without the
 * token changes nothing on the way.
 */
class ApiCallControlIT {
    private static final String TOKEN = "api-call-control-token-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static Kamailio kamailio;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private URI api;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002", "1003", "pw-1003"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @Test
    void httpDrivesAWholeCallThroughAttendedTransfer() throws Exception {
        try (Baresip customer = Baresip.start(BaresipOptions.named("api-b").autoAnswer(true).codecs("PCMU").tone(1000)
                .registerAt(kamailio, "1002", "pw-1002"));
             Baresip colleague = Baresip.start(BaresipOptions.named("api-c").autoAnswer(true).codecs("PCMU").tone(700)
                     .registerAt(kamailio, "1003", "pw-1003"))) {
            customer.awaitRegistered(WAIT);
            colleague.awaitRegistered(WAIT);
            PipedOutputStream stdin = new PipedOutputStream();
            PipedInputStream stdinEnd = new PipedInputStream(stdin);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            List<String> args = List.of("--server", kamailio.hostPort(), "--transport", "udp", "--user", "1001",
                    "--password-env", "AB_PW", "--api-port", "0", "--api-token-env", "AB_API_TOKEN");
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
            http.sendAsync(request("/api/events", true), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().forEach(events::add));
            await(events, "^event: registration");

            String first = callId(post("/api/originate/1002"));
            await(events, "^data: \\{\"id\":\"" + first + "\".*\"state\":\"connected\"");

            assertThat(http.send(request("/api/hold/" + first, false), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
            assertThat(post("/api/hold/" + first).statusCode()).isEqualTo(200);
            await(events, "^data: \\{\"id\":\"" + first + "\".*\"phonebarStatus\":64.*\"local\":true,\"remote\":false,\"pending\":false");
            assertThat(post("/api/unhold/" + first).statusCode()).isEqualTo(200);
            await(events, "^data: \\{\"id\":\"" + first + "\".*\"phonebarStatus\":8.*\"local\":false,\"remote\":false,\"pending\":false");

            int beforeConsulting = history.size();
            String consultation = callId(post("/api/attended-transfer/1003"));
            // the customer is held (before the consultation's INVITE) and the consultation connects, in either order
            awaitSince(beforeConsulting, "^data: \\{\"id\":\"" + first + "\".*\"local\":true,\"remote\":false,\"pending\":false");
            awaitSince(beforeConsulting, "^data: \\{\"id\":\"" + consultation + "\".*\"state\":\"connected\"");
            assertThat(post("/api/attended-transfer").statusCode()).isEqualTo(200);
            await(events, "^data: \\{\"id\":\"" + first + "\".*\"state\":\"ended\"");
            assertThat(get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");
            assertThat(colleague.process().lines()).anyMatch(l -> l.contains("CALL_ESTABLISHED") && l.contains("1002"));
            colleague.awaitRtpReceived(50, WAIT);

            stdin.close();
            assertThat(exit.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
    }

    private static String callId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher id = Pattern.compile("\"calls\":\\[\"([^\"]+)\"]").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
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

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every event line taken so far, for waits that must not depend on the order of two events. */
    private final List<String> history = new ArrayList<>();

    /** Waits for an event line at or after {@code mark}, looking back first. */
    private Matcher awaitSince(int mark, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        for (String l : history.subList(mark, history.size())) {
            Matcher m = pattern.matcher(l);
            if (m.find()) {
                return m;
            }
        }
        return await(events, regex);
    }

    private Matcher await(BlockingQueue<String> lines, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String l = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (l == null) {
                break;
            }
            seen.add(l);
            if (lines == events) {
                history.add(l);
            }
            Matcher m = pattern.matcher(l);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("no line matching " + regex + " in " + seen.subList(Math.max(0, seen.size() - 8), seen.size()));
    }
}
