package io.agentbar.bench.codec;

import io.agentbar.audio.codec.AudioCodecs;
import io.agentbar.audio.codec.AudioDecoder;
import io.agentbar.audio.codec.AudioEncoder;
import io.agentbar.audio.codec.OpusSettings;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.media.Codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ours: one encoder and one decoder of the audio module (Concentus), created through {@link AudioCodecs} exactly as a
 * call creates them, in this JVM, and kept for the whole run as a call keeps them. Each {@code encode}/{@code decode}
 * times the next frames, going on where the previous one stopped, so warm-up and timed rounds are one stream.
 */
final class ConcentusPath {
    /** The settings the libopus harness hard-codes: 32 kb/s, complexity 10, 10 % loss hint. */
    static final OpusSettings SETTINGS = new OpusSettings(32_000, 10, 10);
    private static final int MAX_PAYLOAD = 1500;

    private final SpeechSignal speech;
    private final List<byte[]> packets;
    private final AudioEncoder encoder = AudioCodecs.encoder(Codec.OPUS, SETTINGS);
    private final AudioDecoder decoder = AudioCodecs.decoder(Codec.OPUS);
    private final short[] frame = new short[PcmFormat.FRAME_SAMPLES];
    private final byte[] payload = new byte[MAX_PAYLOAD];
    private final short[] decoded = new short[PcmFormat.MAX_PACKET_SAMPLES];
    private long nextFrame;
    private long nextPacket;

    /** {@code packets}: what {@link #decode} cycles through (libopus's, so both decoders get the same). */
    ConcentusPath(SpeechSignal speech, List<byte[]> packets) {
        this.speech = speech;
        this.packets = List.copyOf(packets);
    }

    /** Encodes and times the next {@code frames} frames of the speech (cycling). */
    FrameTiming encode(int frames) {
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            speech.frame(nextFrame++, frame);
            int n = encoder.encode(frame, payload, 0, MAX_PAYLOAD);
            if (n <= 0) {
                throw new IllegalStateException("Concentus could not encode frame " + (nextFrame - 1));
            }
            bytes += n;
        }
        return new FrameTiming(frames, System.nanoTime() - start, bytes);
    }

    /** Decodes and times the next {@code frames} packets (cycling). */
    FrameTiming decode(int frames) {
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            byte[] packet = packets.get((int) (nextPacket++ % packets.size()));
            int n = decoder.decode(packet, 0, packet.length, decoded);
            if (n != PcmFormat.FRAME_SAMPLES) {
                throw new IllegalStateException("Concentus decoded " + n + " samples from packet " + (nextPacket - 1));
            }
            bytes += packet.length;
        }
        return new FrameTiming(frames, System.nanoTime() - start, bytes);
    }

    /** The harness's packet file: per packet a 2-byte big-endian length, then its bytes. */
    static List<byte[]> read(Path packetFile) throws IOException {
        byte[] data = Files.readAllBytes(packetFile);
        List<byte[]> packets = new ArrayList<>();
        int at = 0;
        while (at + 2 <= data.length) {
            int length = (data[at] & 0xff) << 8 | data[at + 1] & 0xff;
            if (at + 2 + length > data.length) {
                throw new IllegalStateException("truncated packet at byte " + at + " of " + packetFile);
            }
            byte[] packet = new byte[length];
            System.arraycopy(data, at + 2, packet, 0, length);
            packets.add(packet);
            at += 2 + length;
        }
        if (packets.isEmpty()) {
            throw new IllegalStateException("no packets in " + packetFile);
        }
        return packets;
    }
}
