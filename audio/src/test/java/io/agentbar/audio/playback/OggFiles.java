package io.agentbar.audio.playback;

import java.util.ArrayList;
import java.util.List;

/** Where the pages of an Ogg file start, for tests that cut or damage one. */
final class OggFiles {
    private OggFiles() {
    }

    static List<Integer> pageStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        while (at + 27 <= bytes.length && bytes[at] == 'O' && bytes[at + 1] == 'g' && bytes[at + 2] == 'g'
                && bytes[at + 3] == 'S') {
            starts.add(at);
            int segments = bytes[at + 26] & 0xFF;
            int body = 0;
            for (int i = 0; i < segments; i++) {
                body += bytes[at + 27 + i] & 0xFF;
            }
            at += 27 + segments + body;
        }
        return starts;
    }
}
