package io.agentbar.app.api;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiServerTest {
    static final String TOKEN = "test-token-0123456789abcdef";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final FakePhone phone = new FakePhone();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = ApiServer.start(phone, BearerToken.of(TOKEN), 0, ApiServer.Limits.DEFAULT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, Optional<String> authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(5)).method(method, HttpRequest.BodyPublishers.noBody());
        authorization.ifPresent(a -> request.header("Authorization", a));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return send(method, path, Optional.of("Bearer " + TOKEN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/answer | answer -",
            "/api/answer/abc-1 | answer abc-1",
            "/api/originate/1002 | originate 1002",
            "/api/originate/%2B39%20012%20345 | originate +39 012 345",
            "/api/originate/sip:1001@pbx.example.com | originate sip:1001@pbx.example.com",
            "/api/hangup | hangup -",
            "/api/hangup/abc-1 | hangup abc-1",
            "/api/hold | hold -",
            "/api/hold/abc-1 | hold abc-1",
            "/api/unhold | unhold -",
            "/api/unhold/abc-1/ | unhold abc-1",
            "/api/transfer/1002 | transfer - 1002",
            "/api/transfer/1002?call=abc-1 | transfer abc-1 1002",
            "/api/attended-transfer/1003 | attended-transfer - 1003",
            "/api/attended-transfer?call=abc-1 | attended-transfer abc-1 -",
            "/api/conference/1004 | conference 1004",
            "/api/conference | conference -",
            "/api/record/start | record-start -",
            "/api/record/stop?call=abc-1 | record-stop abc-1",
            "/api/record/pause | record-pause -",
            "/api/record/resume?call=abc-1 | record-resume abc-1",
            "/api/dtmf/12*%23a | dtmf - 12*#A",
            "/api/dtmf/5?call=abc-1 | dtmf abc-1 5",
            "/api/pause | pause -",
            "/api/pause/lunch%20break | pause lunch break",
            "/api/ready | ready"})
    void everyPathRunsItsCommandOnGetAndPost(String path, String command) throws Exception {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> response = send(method, path);
            assertThat(response.statusCode()).as(method + " " + response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"ok\":true,\"calls\":[\"c1\"]}");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(phone.commands.poll()).as(method).isEqualTo(command);
            assertThat(phone.commands).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "/api/pause | application/json | {\"reason\":\"Lunch\"} | pause Lunch",
            "/api/pause | application/json | {\"reason\": \"Back office\", \"channels\": [\"chat\", \"mail\"]} | pause Back office chat,mail",
            "/api/pause | application/x-www-form-urlencoded | reason=Back+office&channels=open-channel | pause Back office open-channel",
            "/api/pause?reason=Break | application/json | {\"reason\":\"Lunch\"} | pause Break",
            "/api/pause?channels=voice,sms | '' | '' | pause - voice,sms",
            "/api/ready | application/json | {\"channels\":[\"voice\"]} | ready voice",
            "/api/ready?channels=chat | '' | '' | ready chat",
            "/api/ready | application/json | {} | ready"})
    void pauseAndReadyTakeTheirValuesFromTheBodyOrTheQuery(String path, String type, String body, String command)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body));
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(phone.commands.poll()).isEqualTo(command);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/pause?channels=fax | '' | unknown channel 'fax'",
            "/api/pause | {\"reason\": | neither a flat JSON object",
            "/api/pause | {\"reason\":{\"x\":1}} | neither a flat JSON object",
            "/api/pause | [1] | neither a flat JSON object",
            "/api/pause | {\"reason\":\"Lunch\"} trailing | neither a flat JSON object"})
    void badPauseArgumentsAre400(String path, String body, String message) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(message);
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void agentShowsTheStateItsInstantsAndThePickerChoices() throws Exception {
        assertThat(send("GET", "/api/agent").statusCode()).isEqualTo(503);
        Instant login = Instant.parse("2025-01-02T08:00:00Z");
        Instant lunch = Instant.parse("2025-01-02T12:00:00Z");
        phone.agent = new AgentStatus(new AgentState.PartiallyPaused(PauseReason.of("Lunch"), lunch, Set.of(Channel.CHAT)),
                Optional.of(login), AgentSettings.defaults().withPartialPause(true, EnumSet.of(Channel.VOICE, Channel.CHAT)),
                AgentStatus.Presence.UNSUPPORTED);
        HttpResponse<String> response = send("GET", "/api/agent");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true,\"agent\":{\"state\":\"partially-paused\","
                + "\"reason\":\"Lunch\",\"pausedSince\":\"2025-01-02T12:00:00Z\",\"pausedChannels\":[\"voice\"],"
                + "\"readyChannels\":[\"chat\"],\"connectedSince\":\"2025-01-02T08:00:00Z\",\"presence\":\"unsupported\","
                + "\"reasons\":[\"Break\",\"Lunch\",\"Meeting\",\"Training\",\"Back office\"],\"partialPause\":true,"
                + "\"channels\":[\"voice\",\"chat\"]}}");
        assertThat(send("POST", "/api/agent").statusCode()).isEqualTo(405);
    }

    @Test
    void callsListsTheSnapshotsWithThePhonebarStatus() throws Exception {
        Instant at = Instant.parse("2025-01-02T03:04:05Z");
        phone.calls = List.of(new CallSnapshot(new CallId("c1"), Direction.OUTGOING, new Party("sip:600@127.0.0.1", "Echo \"test\""),
                new CallState.Connected(at), new MediaState.Idle(), at, Optional.of(at), Optional.of(Codec.PCMU)));
        HttpResponse<String> response = send("GET", "/api/calls");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true,\"calls\":[{\"id\":\"c1\",\"direction\":\"outgoing\","
                + "\"remote\":{\"uri\":\"sip:600@127.0.0.1\",\"number\":\"600\",\"name\":\"Echo \\\"test\\\"\"},"
                + "\"state\":\"connected\",\"phonebarStatus\":8,\"hold\":{\"local\":false,\"remote\":false,\"pending\":false},\"media\":\"idle\",\"createdAt\":\"2025-01-02T03:04:05Z\","
                + "\"connectedAt\":\"2025-01-02T03:04:05Z\",\"codec\":\"PCMU\"}]}");
    }

    @Test
    void aCallThePbxRecordsShowsItsServerRecording() throws Exception {
        Instant at = Instant.parse("2025-01-02T03:04:05Z");
        phone.calls = List.of(new CallSnapshot(new CallId("c1"), Direction.INCOMING, new Party("sip:2002@pbx", ""),
                new CallState.Connected(at), new MediaState.Idle(), at, Optional.of(at), Optional.of(Codec.PCMU),
                CallSnapshot.Hold.NONE, Optional.empty(), List.of(), Optional.empty(), List.of(),
                Optional.of(new CallSnapshot.ServerRecording(true, false))));
        String body = send("GET", "/api/calls").body();
        assertThat(body).contains("\"serverRecording\":{\"recording\":false,\"paused\":true,\"pending\":false}");
        phone.calls = List.of(new CallSnapshot(new CallId("c2"), Direction.INCOMING, new Party("sip:2002@pbx", ""),
                new CallState.Connected(at), new MediaState.Idle(), at, Optional.of(at), Optional.of(Codec.PCMU)));
        assertThat(send("GET", "/api/calls").body()).as("not recorded: no field").doesNotContain("serverRecording");
    }

    @Test
    void aConferencedRecordedCallNamesItsPartnerAndItsRecordingsButNoPath() throws Exception {
        Instant at = Instant.parse("2025-01-02T03:04:05Z");
        phone.calls = List.of(new CallSnapshot(new CallId("c1"), Direction.OUTGOING, new Party("sip:1002@pbx", ""),
                new CallState.Connected(at), new MediaState.Idle(), at, Optional.of(at), Optional.of(Codec.PCMU),
                CallSnapshot.Hold.NONE, Optional.empty(),
                List.of(new io.agentbar.core.recording.RecordingInfo(1, java.nio.file.Path.of("/home/agent/rec/a b.opus"),
                        "Order \"4711\"", true)),
                Optional.empty(), List.of(new CallId("c2"))));
        String body = send("GET", "/api/calls").body();
        assertThat(body).contains("\"conferencedWith\":[\"c2\"]")
                .contains("\"recordings\":[{\"number\":1,\"title\":\"Order \\\"4711\\\"\",\"paused\":true,\"file\":\"a b.opus\"}]")
                .doesNotContain("/home/agent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer wrong-token-0123456789abcdef", "Bearer test-token-0123456789abcde",
            "Basic dGVzdDp0ZXN0", "Bearer", TOKEN})
    void aMissingOrWrongTokenIsRefusedAndNothingHappens(String authorization) throws Exception {
        for (String path : List.of("/api/originate/1002", "/api/hangup", "/api/calls", "/api/nothing-here")) {
            HttpResponse<String> response = send("GET", path,
                    authorization.isEmpty() ? Optional.empty() : Optional.of(authorization));
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.body()).isEqualTo("{\"error\":\"missing or wrong API token\"}");
        }
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void theSchemeNameIsCaseInsensitive() throws Exception {
        assertThat(send("GET", "/api/ready", Optional.of("bearer " + TOKEN)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS"})
    void commandsTakeOnlyGetAndPost(String method) throws Exception {
        HttpResponse<String> response = send(method, "/api/originate/1002");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void readsTakeOnlyGet() throws Exception {
        HttpResponse<String> response = send("POST", "/api/calls");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
        assertThat(send("POST", "/api/events").statusCode()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing", "/api/originate", "/api/transfer", "/api/record/rewind", "/api/ready/now",
            "/api/answer/a/b", "/api/", "/index.html"})
    void unknownPathsAre404(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"no such API path\"}");
        assertThat(phone.commands).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dtmf/12x", "/api/originate/%zz", "/api/hangup/%00", "/api/originate/%C3%28"})
    void malformedArgumentsAre400AndReachNothing(String path) throws Exception {
        // a raw request: HttpClient itself refuses to send a broken escape
        assertThat(raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void outcomesMapToStatusCodes() throws Exception {
        phone.outcome = new CommandOutcome.NotSupported("hold");
        HttpResponse<String> notYet = send("GET", "/api/hold");
        assertThat(notYet.statusCode()).isEqualTo(501);
        assertThat(notYet.body()).isEqualTo("{\"error\":\"hold is not supported yet\"}");
        phone.outcome = new CommandOutcome.NoSuchCall(new CallId("gone"));
        assertThat(send("GET", "/api/hangup/gone").body()).isEqualTo("{\"error\":\"no call gone\"}");
        phone.outcome = new CommandOutcome.Refused("no ringing call");
        assertThat(send("GET", "/api/answer").statusCode()).isEqualTo(409);
        phone.outcome = new CommandOutcome.Invalid("bad number");
        assertThat(send("GET", "/api/originate/x").statusCode()).isEqualTo(400);
    }

    @Test
    void aLargeBodyIsRefusedBeforeAnything() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/originate/1002"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[ApiServer.MAX_BODY + 1])).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
        assertThat(phone.commands).isEmpty();
    }

    @Test
    void aForeignHostNameIsRefused() throws Exception {
        // what a web page sees after rebinding its own DNS name to 127.0.0.1
        String response = raw("GET /api/originate/1002 HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nAuthorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 403");
        assertThat(phone.commands).isEmpty();
        assertThat(raw("GET /api/ready HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nAuthorization: Bearer " + TOKEN
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void onlyLoopbackHostNamesCount() {
        assertThat(ApiServer.localHost("127.0.0.1:9888")).isTrue();
        assertThat(ApiServer.localHost("LOCALHOST")).isTrue();
        assertThat(ApiServer.localHost("[::1]:9888")).isTrue();
        assertThat(ApiServer.localHost("127.0.0.1.evil.example")).isFalse();
        assertThat(ApiServer.localHost("10.0.0.5:9888")).isFalse();
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
