package io.agentbar.sip.ws;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Over WebSocket the message boundary is the frame, so Content-Length is optional (RFC 7118 §5.1)
 * and JsSIP-style peers leave it out. The RI's parser reads no body without it; we therefore
 * state the length the frame implies before parsing.
 */
final class Framing {
    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};

    private Framing() {
    }

    /** The message unchanged if it has a Content-Length (or {@code l:}) header or no header end, else with one added. */
    static byte[] withContentLength(byte[] message) {
        int end = indexOf(message, END_OF_HEADERS);
        if (end < 0) {
            return message;
        }
        String head = new String(message, 0, end, StandardCharsets.ISO_8859_1);
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") || name.equals("l")) {
                return message;
            }
        }
        int bodyLength = message.length - end - END_OF_HEADERS.length;
        byte[] header = ("\r\nContent-Length: " + bodyLength).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[message.length + header.length];
        System.arraycopy(message, 0, out, 0, end);
        System.arraycopy(header, 0, out, end, header.length);
        System.arraycopy(message, end, out, end + header.length, message.length - end);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
