package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.agentbar.app.it.ApiClient.callId;
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
            try (InProcessServe serve = InProcessServe.start(List.of("--server", kamailio.hostPort(), "--transport", "udp",
                    "--user", "1001", "--password-env", "AB_PW", "--api-port", "0", "--api-token-env", "AB_API_TOKEN"),
                    Map.of("AB_API_TOKEN", TOKEN, "AB_PW", "pw-1001"))) {
                ApiClient api = serve.awaitApi(TOKEN, WAIT);
                serve.out().await("^registered", WAIT);
                LineLog events = api.events();
                events.await("^event: registration", WAIT);

                String first = callId(api.post("/api/originate/1002"));
                events.await("^data: \\{\"id\":\"" + first + "\".*\"state\":\"connected\"", WAIT);

                assertThat(api.getWithoutToken("/api/hold/" + first).statusCode()).isEqualTo(401);
                assertThat(api.post("/api/hold/" + first).statusCode()).isEqualTo(200);
                events.await("^data: \\{\"id\":\"" + first + "\".*\"phonebarStatus\":64.*\"local\":true,\"remote\":false,\"pending\":false", WAIT);
                assertThat(api.post("/api/unhold/" + first).statusCode()).isEqualTo(200);
                events.await("^data: \\{\"id\":\"" + first + "\".*\"phonebarStatus\":8.*\"local\":false,\"remote\":false,\"pending\":false", WAIT);

                int beforeConsulting = events.mark();
                String consultation = callId(api.post("/api/attended-transfer/1003"));
                // the customer is held (before the consultation's INVITE) and the consultation connects, in either order
                events.awaitSince(beforeConsulting, "^data: \\{\"id\":\"" + first + "\".*\"local\":true,\"remote\":false,\"pending\":false", WAIT);
                events.awaitSince(beforeConsulting, "^data: \\{\"id\":\"" + consultation + "\".*\"state\":\"connected\"", WAIT);
                assertThat(api.post("/api/attended-transfer").statusCode()).isEqualTo(200);
                events.await("^data: \\{\"id\":\"" + first + "\".*\"state\":\"ended\"", WAIT);
                assertThat(api.get("/api/calls").body()).isEqualTo("{\"ok\":true,\"calls\":[]}");
                assertThat(colleague.process().lines()).anyMatch(l -> l.contains("CALL_ESTABLISHED") && l.contains("1002"));
                colleague.awaitRtpReceived(50, WAIT);

                serve.stop();
                assertThat(serve.awaitExit(WAIT)).as(serve.errors()).isZero();
            }
        }
    }
}
