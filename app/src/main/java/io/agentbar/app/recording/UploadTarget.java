package io.agentbar.app.recording;

import io.agentbar.core.account.Secret;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where finished recordings go. With {@link Method#PUT} the URI is a collection: the audio is
 * PUT to {@code <uri>/<file>} and its metadata to {@code <uri>/<file>.json}. With
 * {@link Method#MULTIPART_POST} one {@code multipart/form-data} POST to the URI carries both,
 * as the parts {@code audio} and {@code metadata}.
 *
 * @param bearerToken sent as {@code Authorization: Bearer}; never shown by {@link #toString()}
 */
public record UploadTarget(URI uri, Method method, Optional<Secret> bearerToken) {
    public enum Method { PUT, MULTIPART_POST }

    public UploadTarget {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(bearerToken, "bearerToken");
        String scheme = uri.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("upload URI must be http or https: " + redacted(uri));
        }
    }

    public static UploadTarget put(URI collection, Optional<Secret> bearerToken) {
        return new UploadTarget(collection, Method.PUT, bearerToken);
    }

    public static UploadTarget multipart(URI endpoint, Optional<Secret> bearerToken) {
        return new UploadTarget(endpoint, Method.MULTIPART_POST, bearerToken);
    }

    /** The URI for one file of a PUT upload: the collection with the name appended as a path segment. */
    URI resolve(String fileName) {
        String base = uri.toString();
        return URI.create((base.endsWith("/") ? base : base + "/")
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** The URI for logs and messages: user info and query may carry credentials, so both are cut. */
    static String redacted(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + Optional.ofNullable(uri.getRawPath()).orElse("");
    }

    @Override
    public String toString() {
        return "UploadTarget[" + method + " " + redacted(uri) + (bearerToken.isPresent() ? ", bearer ***" : "") + "]";
    }
}
