package io.agentbar.audio.playback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.Queue;

/**
 * The packets of the first logical stream in an Ogg file, in order, joined across pages when a
 * packet continues on the next one. Pages of other streams are skipped; a packet whose start
 * was on a lost page is dropped rather than decoded from its middle.
 */
final class OggPackets {
    /**
     * @param granule the page's granule position when this packet is the last one to end on it, else -1
     * @param last    whether it ends on the stream's final (EOS) page
     */
    record Packet(byte[] data, long granule, boolean last) {
    }

    private final OggPage page;
    private final Queue<Packet> ready = new ArrayDeque<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private long position;
    private Integer serial;
    private boolean ended;

    OggPackets(FileChannel channel) {
        this.page = new OggPage(channel);
    }

    /** The next whole packet, or empty at the end of the stream or of what the file holds. */
    Optional<Packet> next() throws IOException {
        while (ready.isEmpty() && !ended) {
            readPage();
        }
        return Optional.ofNullable(ready.poll());
    }

    private void readPage() throws IOException {
        long at = page.load(position);
        if (at < 0) {
            ended = true;
            return;
        }
        position = at + page.length();
        if (serial == null) {
            serial = page.serial();
        } else if (serial != page.serial()) {
            return;
        }
        boolean continued = (page.type() & OggPage.CONTINUED) != 0;
        boolean dropFirst = continued && partial.size() == 0 && at > 0;
        if (!continued) {
            partial.reset(); // a packet left open before a lost page
        }
        boolean eos = (page.type() & OggPage.END_OF_STREAM) != 0;
        int lastEnding = -1;
        for (int i = 0; i < page.segments(); i++) {
            if (page.lacing(i) < 255) {
                lastEnding = i;
            }
        }
        int offset = page.bodyOffset();
        byte[] bytes = page.bytes();
        for (int i = 0; i < page.segments(); i++) {
            int n = page.lacing(i);
            partial.write(bytes, offset, n);
            offset += n;
            if (n < 255) {
                byte[] data = partial.toByteArray();
                partial.reset();
                if (dropFirst) {
                    dropFirst = false;
                    continue;
                }
                ready.add(new Packet(data, i == lastEnding ? page.granule() : -1, eos && i == lastEnding));
            }
        }
        if (eos) {
            ended = true;
        }
    }

    int corruptPages() {
        return page.corrupt();
    }

    static boolean startsWith(byte[] data, String magic) {
        return data.length >= magic.length()
                && Arrays.equals(data, 0, magic.length(), magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0,
                magic.length());
    }
}
