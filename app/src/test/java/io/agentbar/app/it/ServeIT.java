package io.agentbar.app.it;

import io.agentbar.app.testline.TestLineAssembly;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.agentbar.app.it.ApiClient.callId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar serve} in this JVM against the built-in test line, driven only through its HTTP
 * API: originate, see the call connected, hang up; a request without the token changes nothing;
 * closing stdin (a supervising parent going away) stops it cleanly.
 */
class ServeIT {
    private static final String TOKEN = "serve-it-token-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private TestLineAssembly.Running line;

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
        try (InProcessServe serve = InProcessServe.start(List.of("--server", "127.0.0.1:" + line.port(),
                "--transport", "udp", "--user", "agent", "--bind", "127.0.0.1", "--api-port", "0",
                "--api-token-env", "AB_API_TOKEN"), Map.of("AB_API_TOKEN", TOKEN))) {
            ApiClient api = serve.awaitApi(TOKEN, WAIT);
            serve.out().await("^registered", WAIT);

            assertThat(api.getWithoutToken("/api/originate/600").statusCode()).isEqualTo(401);
            assertThat(api.get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");

            LineLog events = api.events();
            events.await("^event: registration", WAIT);

            String call = callId(api.post("/api/originate/600"));
            events.await("^data: \\{\"id\":\"" + call + "\".*\"state\":\"connected\"", WAIT);
            assertThat(api.get("/api/calls").body()).contains("\"id\":\"" + call + "\"").contains("\"state\":\"connected\"")
                    .contains("\"phonebarStatus\":8");
            HttpResponse<String> nothingRinging = api.get("/api/answer");
            assertThat(nothingRinging.statusCode()).as(nothingRinging.body()).isEqualTo(409);

            assertThat(api.get("/api/hangup/" + call).statusCode()).isEqualTo(200);
            events.await("^data: \\{\"id\":\"" + call + "\".*\"state\":\"ended\".*\"endReason\":\"local-hangup\"", WAIT);
            assertThat(api.get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");

            serve.stop();
            assertThat(serve.awaitExit(WAIT)).as(serve.errors()).isZero();
            assertThat(String.join("\n", serve.out().lines())).contains("stopping").doesNotContain(TOKEN);
            assertThat(serve.errors()).doesNotContain(TOKEN);
        }
    }
}
