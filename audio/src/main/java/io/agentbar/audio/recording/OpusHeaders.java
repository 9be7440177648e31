package io.agentbar.audio.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two header packets of an Ogg Opus stream (RFC 7845 §5).
 *
 * <pre>
 *  OpusHead: "OpusHead" │ version 1 │ channels │ pre-skip u16 │ input rate u32 │ gain s16 │ mapping family 0
 *  OpusTags: "OpusTags" │ vendor length u32 │ vendor │ count u32 │ (length u32 │ "KEY=value")* │ zero padding
 * </pre>
 *
 * The comment header is always {@link #TAGS_LENGTH} bytes: the zero padding after the comments
 * (allowed by §5.2) absorbs a title set later, so the page can be rewritten in place without
 * moving the audio that follows it.
 */
final class OpusHeaders {
    static final String VENDOR = "AgentBar";
    static final int TAGS_LENGTH = 2048;
    static final int MAX_TITLE_BYTES = 1024;
    private static final int MAX_VALUE_BYTES = 256;

    private OpusHeaders() {
    }

    static byte[] head(int channels, int preSkip, int inputRate) {
        ByteBuffer b = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        b.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) channels);
        b.putShort((short) preSkip).putInt(inputRate).putShort((short) 0).put((byte) 0);
        return b.array();
    }

    /** Tags in the Vorbis comment style: keys upper-case ASCII, values UTF-8, empty values left out. */
    static byte[] tags(String title, String date, String callId) {
        List<byte[]> comments = new ArrayList<>();
        add(comments, "TITLE", truncate(title, MAX_TITLE_BYTES));
        add(comments, "DATE", truncate(date, MAX_VALUE_BYTES));
        add(comments, "AGENTBAR_CALL_ID", truncate(callId, MAX_VALUE_BYTES));
        byte[] vendor = VENDOR.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(TAGS_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.put("OpusTags".getBytes(StandardCharsets.US_ASCII)).putInt(vendor.length).put(vendor);
        b.putInt(comments.size());
        for (byte[] c : comments) {
            b.putInt(c.length).put(c);
        }
        return b.array(); // the rest stays zero: padding
    }

    private static void add(List<byte[]> comments, String key, String value) {
        if (!value.isEmpty()) {
            comments.add((key + "=" + value).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Cuts a string to at most {@code maxBytes} of UTF-8 without splitting a character. */
    static String truncate(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
