package io.agentbar.sip.auth;

import io.agentbar.core.account.Secret;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Who answers a challenge: the digest user name and the password.
 * {@link #toString()} never shows the password ({@link Secret} hides it).
 */
public record DigestCredentials(String username, Secret password) {
    public DigestCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * H(username ":" realm ":" password) as lowercase hex (RFC 7616 §3.4.2). The password's bytes
     * live only inside this method and are wiped before it returns.
     */
    String ha1(DigestAlgorithm algorithm, String realm) {
        byte[] prefix = (username + ":" + realm + ":").getBytes(StandardCharsets.UTF_8);
        char[] chars = password.reveal();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] all = new byte[prefix.length + encoded.remaining()];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        encoded.get(all, prefix.length, encoded.remaining());
        try {
            return algorithm.hex(all);
        } finally {
            Arrays.fill(chars, '\0');
            Arrays.fill(all, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
