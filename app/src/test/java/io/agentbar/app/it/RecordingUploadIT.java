package io.agentbar.app.it;

import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.recording.UploadServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.agentbar.app.it.ApiClient.callId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's view: a call recorded through the API by {@code agentbar serve} reaches the
 * upload server when the call ends, even though the server refused the first attempt (503), with
 * the bearer token, byte for byte; and the local copy stays.
 */
class RecordingUploadIT {
    private static final String API_TOKEN = "upload-it-api-token-0123456789abcd";
    private static final String UPLOAD_TOKEN = "upload-it-bearer-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @Test
    void aFinishedRecordingIsUploadedAfterARefusalAndKeptLocally() throws Exception {
        Path recordings = ItPaths.newRunDirectory("upload-recordings");
        try (UploadServer supervisor = new UploadServer(503);
             Baresip customer = Baresip.start(BaresipOptions.named("upload-b").autoAnswer(true).codecs("PCMU").tone(1000)
                     .registerAt(kamailio, "1002", "pw-1002"))) {
            customer.awaitRegistered(WAIT);
            List<String> args = List.of("--server", kamailio.hostPort(), "--transport", "udp", "--user", "1001",
                    "--password-env", "AB_PW", "--api-port", "0", "--api-token-env", "AB_API_TOKEN",
                    "--recordings", recordings.toString(), "--upload-url", supervisor.uri("/recordings").toString(),
                    "--upload-token-env", "AB_UPLOAD_TOKEN");
            try (InProcessServe serve = InProcessServe.start(args,
                    Map.of("AB_API_TOKEN", API_TOKEN, "AB_PW", "pw-1001", "AB_UPLOAD_TOKEN", UPLOAD_TOKEN))) {
                ApiClient api = serve.awaitApi(API_TOKEN, WAIT);
                serve.out().await("^registered", WAIT);

                String call = callId(api.post("/api/originate/1002"));
                customer.awaitRtpReceived(25, WAIT);
                assertThat(api.post("/api/record/start?call=" + call).statusCode()).isEqualTo(200);
                customer.awaitRtpReceived(125, WAIT); // two more seconds of the call
                assertThat(api.post("/api/hangup/" + call).statusCode()).isEqualTo(200);

                UploadServer.Received refused = supervisor.received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(refused).as("a first attempt, refused with 503").isNotNull();
                Map<String, UploadServer.Received> uploaded = new java.util.HashMap<>();
                while (uploaded.size() < 2) {
                    UploadServer.Received r = supervisor.received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(r).as("retried uploads, got " + uploaded.keySet()).isNotNull();
                    uploaded.put(r.path(), r); // every request after the refusal is answered 201
                }
                Path audio;
                try (var files = Files.list(recordings)) {
                    audio = files.filter(f -> f.toString().endsWith(".opus")).findFirst().orElseThrow();
                }
                UploadServer.Received opus = uploaded.get("/recordings/" + audio.getFileName());
                assertThat(opus).as("the audio under the collection, in " + uploaded.keySet()).isNotNull();
                assertThat(opus.method()).isEqualTo("PUT");
                assertThat(opus.authorization()).isEqualTo("Bearer " + UPLOAD_TOKEN);
                assertThat(opus.body()).as("byte for byte").isEqualTo(Files.readAllBytes(audio));
                assertThat(uploaded).containsKey("/recordings/" + audio.getFileName() + ".json");
                assertThat(audio).as("nothing deleted locally").exists();

                serve.stop();
                assertThat(serve.awaitExit(WAIT)).as(serve.errors()).isZero();
                assertThat(serve.errors()).doesNotContain(UPLOAD_TOKEN);
            }
        }
    }
}
