package io.agentbar.sip.log;

import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for a log: Authorization and Proxy-Authorization values,
 * digest {@code response=} parameters, SDES {@code inline:} keys and ICE passwords.
 */
public final class Redaction {
    public static final String MASK = "<redacted>";

    private static final Pattern AUTHORIZATION =
            Pattern.compile("(?i)((?:proxy-)?authorization\\s*:\\s*)[^\\r\\n]*");
    private static final Pattern DIGEST_RESPONSE = Pattern.compile("(?i)(\\bresponse\\s*=\\s*)(\"[^\"]*\"|[0-9a-f]+)");
    private static final Pattern CRYPTO_KEY = Pattern.compile("(?i)(inline:)[^\\s|\\r\\n]+");
    private static final Pattern ICE_PASSWORD = Pattern.compile("(?i)(a=ice-pwd:)[^\\s\\r\\n]+");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = AUTHORIZATION.matcher(text).replaceAll("$1" + MASK);
        t = DIGEST_RESPONSE.matcher(t).replaceAll("$1" + MASK);
        t = CRYPTO_KEY.matcher(t).replaceAll("$1" + MASK);
        return ICE_PASSWORD.matcher(t).replaceAll("$1" + MASK);
    }
}
