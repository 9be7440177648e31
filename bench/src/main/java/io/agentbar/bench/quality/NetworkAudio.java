package io.agentbar.bench.quality;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One direction of a relayed Opus call as the network carried it: the packets decoded at the relay (Concentus) into
 * one signal, with the time each packet passed the relay. This is the common clock of the mouth-to-ear measurement:
 * both directions of the call are timed on it, whatever the phones' own clocks and files.
 */
final class NetworkAudio {
    static final int RATE = 48000;
    private static final int MAX_FRAME = 5760;

    private final float[] samples;
    private final int[] packetStarts;
    private final long[] packetNanos;

    private NetworkAudio(float[] samples, int[] packetStarts, long[] packetNanos) {
        this.samples = samples;
        this.packetStarts = packetStarts;
        this.packetNanos = packetNanos;
    }

    /** Decodes the {@code direction} packets of {@code observed} in sequence order (duplicates dropped). */
    static NetworkAudio decode(List<MediaLeg.Packet> observed, MediaLeg.Direction direction) throws OpusException {
        List<MediaLeg.Packet> packets = new ArrayList<>(observed.stream().filter(p -> p.direction() == direction).toList());
        int audioType = mostCommonPayloadType(packets);
        packets.removeIf(p -> (p.data()[1] & 0x7f) != audioType);
        // sequence numbers wrap at 2^16: unwrap against the previous packet in arrival order
        Map<MediaLeg.Packet, Long> extended = new IdentityHashMap<>();
        long last = -1;
        for (MediaLeg.Packet p : packets) {
            long seq = p.sequence();
            if (last >= 0) {
                seq = last + (short) (p.sequence() - (int) (last & 0xffff));
            }
            extended.put(p, seq);
            last = seq;
        }
        packets.sort(Comparator.comparingLong(extended::get));
        OpusDecoder decoder = new OpusDecoder(RATE, 1);
        short[] pcm = new short[MAX_FRAME];
        List<float[]> frames = new ArrayList<>();
        int[] starts = new int[packets.size()];
        long[] nanos = new long[packets.size()];
        int total = 0;
        long previous = Long.MIN_VALUE;
        int kept = 0;
        for (MediaLeg.Packet p : packets) {
            long seq = extended.get(p);
            if (seq == previous) {
                continue;
            }
            previous = seq;
            int offset = payloadOffset(p.data());
            int n = decoder.decode(p.data(), offset, payloadLength(p.data(), offset), pcm, 0, MAX_FRAME, false);
            float[] frame = new float[n];
            for (int i = 0; i < n; i++) {
                frame[i] = pcm[i] / 32768f;
            }
            frames.add(frame);
            starts[kept] = total;
            nanos[kept] = p.nanos();
            kept++;
            total += n;
        }
        float[] all = new float[total];
        int at = 0;
        for (float[] f : frames) {
            System.arraycopy(f, 0, all, at, f.length);
            at += f.length;
        }
        return new NetworkAudio(all, java.util.Arrays.copyOf(starts, kept), java.util.Arrays.copyOf(nanos, kept));
    }

    float[] samples() {
        return samples;
    }

    boolean isEmpty() {
        return packetNanos.length == 0;
    }

    /** When the packet that carried {@code sample} passed the relay. */
    long arrivalNanos(int sample) {
        int lo = 0;
        int hi = packetStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (packetStarts[mid] <= sample) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return packetNanos[lo];
    }

    /** The first sample carried by a packet that passed the relay at or after {@code nanos}; length if none. */
    int firstSampleAt(long nanos) {
        for (int i = 0; i < packetNanos.length; i++) {
            if (packetNanos[i] >= nanos) {
                return packetStarts[i];
            }
        }
        return samples.length;
    }

    /** Arrival time of the first packet. */
    long firstNanos() {
        return packetNanos[0];
    }

    private static int mostCommonPayloadType(List<MediaLeg.Packet> packets) {
        Map<Integer, Integer> counts = new HashMap<>();
        packets.forEach(p -> counts.merge(p.data()[1] & 0x7f, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    /** RTP header length: 12 bytes, CSRCs, and the header extension when the X bit is set. */
    static int payloadOffset(byte[] data) {
        int offset = 12 + 4 * (data[0] & 0x0f);
        if ((data[0] & 0x10) != 0 && data.length >= offset + 4) {
            int words = ((data[offset + 2] & 0xff) << 8) | (data[offset + 3] & 0xff);
            offset += 4 + 4 * words;
        }
        return Math.min(offset, data.length);
    }

    /** Payload length without RTP padding (P bit: the last byte counts the padding). */
    static int payloadLength(byte[] data, int offset) {
        int padding = (data[0] & 0x20) != 0 ? data[data.length - 1] & 0xff : 0;
        return Math.max(0, data.length - offset - padding);
    }
}
