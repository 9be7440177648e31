package io.agentbar.app.recording;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Sends one recording to an {@link UploadTarget}; blocking, called on the uploader's thread only. */
final class HttpUpload {
    /** Generous: a long call in WAV is hundreds of MB over an agent's uplink. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(30);

    /** What one attempt came to; only {@link Confirmed} lets the uploader mark (or delete) the files. */
    sealed interface Outcome {
        record Confirmed(int status) implements Outcome {}

        record Failed(String reason) implements Outcome {}
    }

    private final HttpClient http;
    private final UploadTarget target;

    HttpUpload(HttpClient http, UploadTarget target) {
        this.http = http;
        this.target = target;
    }

    Outcome send(UploadCandidate recording) throws InterruptedException {
        try {
            return switch (target.method()) {
                case PUT -> put(recording);
                case MULTIPART_POST -> post(recording);
            };
        } catch (IOException e) {
            // HttpClient's messages name the host at most, never the request headers, so no token leaks here
            return new Outcome.Failed(recording.name() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private Outcome put(UploadCandidate recording) throws IOException, InterruptedException {
        Outcome audio = exchange(recording, request(target.resolve(recording.name()))
                .header("Content-Type", recording.contentType())
                .PUT(BodyPublishers.ofFile(recording.audio())));
        if (!(audio instanceof Outcome.Confirmed)) {
            return audio;
        }
        return exchange(recording, request(target.resolve(recording.sidecar().getFileName().toString()))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofFile(recording.sidecar())));
    }

    private Outcome post(UploadCandidate recording) throws IOException, InterruptedException {
        String boundary = "agentbar-" + UUID.randomUUID();
        BodyPublisher body = BodyPublishers.concat(
                text(partHeader(boundary, "metadata", recording.sidecar().getFileName().toString(), "application/json")),
                BodyPublishers.ofFile(recording.sidecar()),
                text("\r\n" + partHeader(boundary, "audio", recording.name(), recording.contentType())),
                BodyPublishers.ofFile(recording.audio()),
                text("\r\n--" + boundary + "--\r\n"));
        return exchange(recording, request(target.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    private static String partHeader(String boundary, String field, String fileName, String type) {
        // file names are the recorder's own ([A-Za-z0-9+_.-]), so they need no quoting beyond the quotes
        return "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n";
    }

    private static BodyPublisher text(String s) {
        return BodyPublishers.ofByteArray(s.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        target.bearerToken().ifPresent(token -> builder.header("Authorization", "Bearer " + token.revealAsString()));
        return builder;
    }

    private Outcome exchange(UploadCandidate recording, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        int status = http.send(built, BodyHandlers.discarding()).statusCode();
        if (status / 100 == 2) {
            return new Outcome.Confirmed(status);
        }
        return new Outcome.Failed(recording.name() + ": HTTP " + status + " from " + UploadTarget.redacted(built.uri()));
    }
}
