package io.agentbar.app.recording;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.agentbar.core.account.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingUploaderTest {
    private static final String TOKEN = "tok-3f9a71c2e5";

    @TempDir
    Path folder;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    @Test
    void putArrivesByteIdenticalWithContentTypeAndTokenAndIsMarkedAfterwards() throws Exception {
        UploadServer server = server();
        Path audio = recording("20250101-100000-1001-1.opus", "stopped");
        RecordingUploader uploader = uploader(UploadTarget.put(server.uri("/rec"), Optional.of(Secret.of(TOKEN))),
                UploadPolicy.defaults());

        uploader.submit(audio);
        scheduler.runReady();

        List<UploadServer.Received> got = server.all();
        assertThat(got).extracting(UploadServer.Received::method).containsExactly("PUT", "PUT");
        assertThat(got.get(0).path()).isEqualTo("/rec/20250101-100000-1001-1.opus");
        assertThat(got.get(0).contentType()).isEqualTo("audio/ogg");
        assertThat(got.get(0).body()).isEqualTo(Files.readAllBytes(audio));
        assertThat(got.get(1).path()).isEqualTo("/rec/20250101-100000-1001-1.opus.json");
        assertThat(got.get(1).contentType()).isEqualTo("application/json");
        assertThat(got.get(1).body()).isEqualTo(Files.readAllBytes(sidecar(audio)));
        assertThat(got).extracting(UploadServer.Received::authorization).containsOnly("Bearer " + TOKEN);
        assertThat(marker(audio)).exists();
        assertThat(audio).exists(); // deleteAfterUpload is off by default
        assertThat(uploader.status()).isEqualTo(new UploadStatus(0, 1, Optional.empty(), Optional.empty()));
    }

    @Test
    void retriesWithDoublingBackOffAndMarksOnlyAfterTheServerConfirms() throws Exception {
        UploadServer server = server(503, 503);
        Path audio = recording("20250101-100000-1001-1.wav", "stopped");
        RecordingUploader uploader = uploader(UploadTarget.put(server.uri("/rec/"), Optional.empty()),
                UploadPolicy.defaults());

        uploader.start();
        scheduler.runReady();
        assertThat(server.all()).hasSize(1);
        assertThat(server.all().getFirst().contentType()).isEqualTo("audio/wav");
        assertThat(marker(audio)).doesNotExist();
        assertThat(uploader.status().pending()).isEqualTo(1);
        assertThat(uploader.status().lastError()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 503"));

        // jitter 0.5 puts each wait at three quarters of the doubled back-off: 5 s -> 3.75 s, 10 s -> 7.5 s
        assertThat(scheduler.advanceToNext()).isEqualTo(Duration.ofMillis(3750));
        assertThat(server.all()).hasSize(2);
        assertThat(marker(audio)).doesNotExist();

        assertThat(scheduler.advanceToNext()).isEqualTo(Duration.ofMillis(7500));
        assertThat(server.all()).extracting(UploadServer.Received::path)
                .containsExactly("/rec/20250101-100000-1001-1.wav", "/rec/20250101-100000-1001-1.wav",
                        "/rec/20250101-100000-1001-1.wav", "/rec/20250101-100000-1001-1.wav.json");
        assertThat(marker(audio)).exists();
        assertThat(uploader.status()).isEqualTo(new UploadStatus(0, 1, Optional.empty(), Optional.empty()));
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void multipartPostCarriesBothPartsInOneRequest() throws Exception {
        UploadServer server = server();
        Path audio = recording("20250101-100000-1001-1.opus", "stopped");
        RecordingUploader uploader = uploader(UploadTarget.multipart(server.uri("/upload"), Optional.of(Secret.of(TOKEN))),
                UploadPolicy.defaults());

        uploader.submit(audio);
        scheduler.runReady();

        assertThat(server.all()).hasSize(1);
        UploadServer.Received post = server.all().getFirst();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/upload");
        assertThat(post.authorization()).isEqualTo("Bearer " + TOKEN);
        List<MultipartParts.Part> parts = MultipartParts.parse(post.contentType(), post.body());
        assertThat(parts).extracting(MultipartParts.Part::name).containsExactly("metadata", "audio");
        assertThat(parts.get(0).fileName()).isEqualTo("20250101-100000-1001-1.opus.json");
        assertThat(parts.get(0).contentType()).isEqualTo("application/json");
        assertThat(parts.get(0).body()).isEqualTo(Files.readAllBytes(sidecar(audio)));
        assertThat(parts.get(1).fileName()).isEqualTo("20250101-100000-1001-1.opus");
        assertThat(parts.get(1).contentType()).isEqualTo("audio/ogg");
        assertThat(parts.get(1).body()).isEqualTo(Files.readAllBytes(audio));
        assertThat(marker(audio)).exists();
    }

    @Test
    void aRecordingStillBeingWrittenIsNotUploaded() throws Exception {
        UploadServer server = server();
        Path running = recording("20250101-100000-1001-1.opus", "recording");
        Path finished = recording("20250101-100500-1002-1.opus", "stopped");
        RecordingUploader uploader = uploader(UploadTarget.put(server.uri("/rec"), Optional.empty()), UploadPolicy.defaults());

        uploader.start();
        uploader.submit(running);
        scheduler.runReady();

        assertThat(server.all()).extracting(UploadServer.Received::path)
                .containsExactly("/rec/20250101-100500-1002-1.opus", "/rec/20250101-100500-1002-1.opus.json");
        assertThat(marker(running)).doesNotExist();
        assertThat(marker(finished)).exists();
        assertThat(uploader.status().pending()).isZero();
    }

    @Test
    void deleteAfterUploadRemovesTheFilesOnlyOnceConfirmed() throws Exception {
        UploadServer server = server(500);
        Path audio = recording("20250101-100000-1001-1.opus", "stopped");
        RecordingUploader uploader = uploader(UploadTarget.put(server.uri("/rec"), Optional.empty()),
                UploadPolicy.defaults().withDeleteAfterUpload(true));

        uploader.submit(audio);
        scheduler.runReady();
        assertThat(audio).exists();
        assertThat(sidecar(audio)).exists();

        scheduler.advanceToNext();
        assertThat(server.all()).hasSize(3);
        assertThat(audio).doesNotExist();
        assertThat(sidecar(audio)).doesNotExist();
        assertThat(marker(audio)).doesNotExist();
    }

    @Test
    void theTokenNeverAppearsInToStringOrLogs() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(RecordingUploader.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Level before = log.getLevel();
        log.setLevel(Level.DEBUG);
        log.setAdditive(false);
        logged.start();
        log.addAppender(logged);
        closing.add(() -> {
            log.detachAppender(logged);
            log.setAdditive(true);
            log.setLevel(before);
        });
        UploadServer server = server(401);
        Path audio = recording("20250101-100000-1001-1.opus", "stopped");
        UploadTarget target = UploadTarget.put(server.uri("/rec"), Optional.of(Secret.of(TOKEN)));
        RecordingUploader uploader = uploader(target, UploadPolicy.defaults());

        uploader.submit(audio);
        scheduler.runReady();
        String whileFailing = uploader.toString() + uploader.status();
        scheduler.advanceToNext();

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("HTTP 401"))
                .anySatisfy(m -> assertThat(m).startsWith("Uploaded recording"))
                .noneSatisfy(m -> assertThat(m).contains(TOKEN));
        assertThat(target.toString()).contains("bearer ***").doesNotContain(TOKEN);
        assertThat(whileFailing + uploader).contains("HTTP 401").doesNotContain(TOKEN);
    }

    @Test
    void closeStopsTheUploadThreadAndLeavesUnconfirmedFilesUnmarked() throws Exception {
        UploadServer server = server(503, 503, 503);
        Path audio = recording("20250101-100000-1001-1.opus", "stopped");
        RecordingUploader uploader = RecordingUploader.create(folder,
                UploadTarget.put(server.uri("/rec"), Optional.empty()), UploadPolicy.defaults());

        uploader.submit(audio);
        assertThat(server.received.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("recording-upload")).toList();
        assertThat(workers).isNotEmpty();
        uploader.close();

        // the pool reports termination as its last worker leaves; the thread itself ends just after
        for (Thread t : workers) {
            t.join(Duration.ofSeconds(5));
            assertThat(t.isAlive()).as("upload thread still running after close").isFalse();
        }
        assertThat(marker(audio)).doesNotExist();
        assertThat(audio).exists();
        uploader.submit(audio); // after close: ignored, not thrown
    }

    @Test
    void userInfoInTheUriIsNotShown() {
        UploadTarget target = UploadTarget.put(java.net.URI.create("https://bob:hunter2@rec.example.com/in?key=k1"),
                Optional.empty());

        assertThat(target.toString()).contains("https://rec.example.com/in").doesNotContain("hunter2", "k1");
    }

    @Test
    void backOffDoublesFromFiveSecondsAndStopsAtTenMinutes() {
        UploadPolicy policy = UploadPolicy.defaults();

        assertThat(policy.retryDelay(1, 0.0)).isEqualTo(Duration.ofMillis(2500));
        assertThat(policy.retryDelay(1, 0.999_999)).isBetween(Duration.ofMillis(4999), Duration.ofSeconds(5));
        assertThat(policy.retryDelay(2, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.retryDelay(9, 0.999_999)).isBetween(Duration.ofMillis(599_999), Duration.ofMinutes(10));
        assertThat(policy.retryDelay(1_000, 0.0)).isEqualTo(Duration.ofMinutes(5));
    }

    private UploadServer server(Integer... statuses) throws IOException {
        UploadServer server = new UploadServer(statuses);
        closing.add(server);
        return server;
    }

    private RecordingUploader uploader(UploadTarget target, UploadPolicy policy) {
        RecordingUploader uploader = new RecordingUploader(folder, target, policy, HttpClient.newHttpClient(),
                scheduler, scheduler.clock(), () -> 0.5);
        closing.add(uploader);
        return uploader;
    }

    private Path recording(String name, String state) throws IOException {
        Path audio = folder.resolve(name);
        byte[] bytes = new byte[70_000];
        new Random(name.hashCode()).nextBytes(bytes); // every byte value, CR LF and dashes included
        Files.write(audio, bytes);
        Files.writeString(sidecar(audio), "{\n  \"file\": \"" + name + "\",\n  \"state\": \"" + state + "\",\n  \"frames\": 9\n}\n",
                StandardCharsets.UTF_8);
        return audio;
    }

    private static Path sidecar(Path audio) {
        return audio.resolveSibling(audio.getFileName() + ".json");
    }

    private static Path marker(Path audio) {
        return audio.resolveSibling(audio.getFileName() + ".uploaded");
    }
}
