package io.agentbar.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secret an API client must present as {@code Authorization: Bearer <token>}. It is compared
 * in constant time and never shown by {@link #toString()}, so it cannot slip into a log line.
 */
public final class BearerToken {
    /** RFC 6750's token68 characters; at least 16 so a typed-in token is not trivially guessable. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9\\-._~+/]{16,512}=*");
    private static final int RANDOM_BYTES = 32;

    private final byte[] value;

    private BearerToken(String value) {
        this.value = value.getBytes(StandardCharsets.US_ASCII);
    }

    /** @throws IllegalArgumentException when the text is too short or not a bearer token's characters */
    public static BearerToken of(String text) {
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("an API token needs at least 16 characters from A-Z a-z 0-9 - . _ ~ + /");
        }
        return new BearerToken(text);
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    public static BearerToken random(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new BearerToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether an {@code Authorization} header value carries this token. */
    public boolean matches(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return false;
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        // constant time in the content: a timing probe learns nothing about how many characters matched
        return MessageDigest.isEqual(value, presented);
    }

    /** The token's text, for writing it to its file: never for a log. */
    String reveal() {
        return new String(value, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}
