package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.KamailioOptions;
import io.agentbar.app.it.peers.PresenceWatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
        try (InProcessServe serve = InProcessServe.start(List.of("--server", kamailio.hostPort(), "--transport", "udp",
                "--user", "1001", "--password-env", "AB_PW", "--api-port", "0", "--api-token-env", "AB_API_TOKEN",
                "--pause-reasons", "Break,Lunch,Training"), Map.of("AB_API_TOKEN", TOKEN, "AB_PW", "pw-1001"))) {
            ApiClient api = serve.awaitApi(TOKEN, WAIT);
            serve.out().await("^registered", WAIT);
            LineLog events = api.events();
            // ready is published at login: the watcher's first NOTIFY then shows it, whatever the order
            events.await("^data: \\{\"state\":\"ready\".*\"presence\":\"published\"", WAIT);

            try (PresenceWatcher watcher = PresenceWatcher.subscribe(kamailio, "1001", Kamailio.HOST)) {
                assertThat(watcher.awaitResponse(WAIT)).matches("SIP/2.0 20[02] .*");
                String ready = watcher.awaitNotify(b -> b.contains("<basic>open</basic>"), WAIT);
                assertThat(ready).doesNotContain("away");

                HttpResponse<String> paused = api.postJson("/api/pause", "{\"reason\":\"lunch\"}");
                assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
                events.await("^data: \\{\"state\":\"paused\",\"reason\":\"Lunch\".*\"presence\":\"published\"", WAIT);
                String away = watcher.awaitNotify(b -> b.contains("Lunch"), WAIT);
                assertThat(away).contains("<basic>closed</basic>").containsPattern("<(rpid:)?away/>");

                assertThat(api.postJson("/api/pause", "{\"reason\":\"Nap\"}").statusCode()).as("not a configured reason")
                        .isEqualTo(400);

                // a queue call while paused: refused with 480, the agent never rung
                try (Baresip queue = Baresip.start(BaresipOptions.named("presence-queue").codecs("PCMU")
                        .registerAt(kamailio, "1002", "pw-1002"))) {
                    queue.awaitRegistered(WAIT);
                    queue.dial(kamailio.uri("1001"));
                    events.await("^data: \\{\"remote\":\\{\"uri\":\"sip:1002@.*\"sipStatus\":480,\"state\":\"paused\"", WAIT);
                    assertThat(queue.awaitCallClosed(WAIT)).contains("480");
                }
                assertThat(api.get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");

                assertThat(api.postJson("/api/ready", "").statusCode()).isEqualTo(200);
                String back = watcher.awaitNotify(b -> b.contains("<basic>open</basic>"), WAIT);
                assertThat(back).doesNotContain("Lunch").doesNotContainPattern("<(rpid:)?away/>");
                // Kamailio notifies the watcher as it answers our PUBLISH: the agent knows it is published once it
                // has read that answer, which may come after the NOTIFY
                events.await("^data: \\{\"state\":\"ready\".*\"presence\":\"published\"", WAIT);
            }
            HttpResponse<String> agent = api.get("/api/agent");
            assertThat(agent.body()).startsWith("{\"ok\":true,\"agent\":{\"state\":\"ready\"")
                    .contains("\"connectedSince\":").contains("\"presence\":\"published\"")
                    .contains("\"reasons\":[\"Break\",\"Lunch\",\"Training\"]");
            assertThat(kamailio.process().lines()).anyMatch(l -> l.contains("AGENTBAR published user=1001"));

            serve.stop();
            assertThat(serve.awaitExit(WAIT)).as(serve.errors()).isZero();
        }
    }
}
