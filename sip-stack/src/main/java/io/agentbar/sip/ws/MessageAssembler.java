package io.agentbar.sip.ws;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Joins the fragments of one WebSocket message into the bytes of one SIP message (RFC 7118 §5.2:
 * each SIP message is exactly one WebSocket message, text or binary). A message beyond the size
 * limit is swallowed whole, fragment by fragment, so that a hostile server cannot make us buffer
 * without bound. Used by one WebSocket listener at a time (the JDK calls it serially).
 */
final class MessageAssembler {
    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private boolean oversized;
    private long dropped;

    /** @param limit the largest message accepted, in bytes */
    MessageAssembler(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** @return the whole message once {@code last} is true and it fits; empty otherwise */
    Optional<byte[]> text(CharSequence part, boolean last) {
        if (!oversized) {
            // a char is at least one UTF-8 byte, so too many chars is surely too many bytes
            if (text.length() + part.length() > limit) {
                oversize();
            } else {
                text.append(part);
            }
        }
        if (!last) {
            return Optional.empty();
        }
        byte[] whole = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        return finish(whole);
    }

    /** @return the whole message once {@code last} is true and it fits; empty otherwise */
    Optional<byte[]> binary(ByteBuffer part, boolean last) {
        if (!oversized) {
            if (binary.size() + part.remaining() > limit) {
                oversize();
            } else {
                byte[] chunk = new byte[part.remaining()];
                part.get(chunk);
                binary.write(chunk, 0, chunk.length);
            }
        }
        if (!last) {
            return Optional.empty();
        }
        byte[] whole = binary.toByteArray();
        binary.reset();
        return finish(whole);
    }

    /** How many messages were dropped for their size. */
    long dropped() {
        return dropped;
    }

    private void oversize() {
        oversized = true;
        text.setLength(0);
        binary.reset();
    }

    private Optional<byte[]> finish(byte[] whole) {
        boolean tooBig = oversized || whole.length > limit;
        oversized = false;
        if (tooBig) {
            dropped++;
            return Optional.empty();
        }
        return Optional.of(whole);
    }
}
