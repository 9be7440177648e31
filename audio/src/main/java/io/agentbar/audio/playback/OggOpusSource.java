package io.agentbar.audio.playback;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.pcm.SampleFifo;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * An Ogg Opus file (RFC 7845) decoded by Concentus and mixed to mono. The pre-skip at the start
 * is dropped and the final page's granule trims the end (§4.2, §4.4). A recording's two channels
 * are two people, so they are added rather than averaged: each voice keeps the level it was
 * recorded at, and they rarely overlap (when they do, the sum is clamped).
 */
final class OggOpusSource implements PcmSource {
    private static final int MAX_PACKET_SAMPLES = PcmFormat.MAX_PACKET_SAMPLES;

    private final FileChannel channel;
    private final OggPackets packets;
    private final OpusDecoder decoder;
    private final int channels;
    private final int preSkip;
    private final short[] decoded;
    private final short[] mono = new short[MAX_PACKET_SAMPLES];
    private final SampleFifo fifo = new SampleFifo(2 * MAX_PACKET_SAMPLES);
    private long toSkip;
    /** Samples given out so far, after the pre-skip. */
    private long produced;
    private boolean finished;

    OggOpusSource(FileChannel channel) throws IOException {
        this.channel = channel;
        this.packets = new OggPackets(channel);
        byte[] head = packets.next().map(OggPackets.Packet::data)
                .filter(d -> OggPackets.startsWith(d, "OpusHead") && d.length >= 19)
                .orElseThrow(() -> new IOException("not an Ogg Opus file: no OpusHead"));
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        channels = head[9] & 0xFF;
        if ((channels != 1 && channels != 2) || head[18] != 0) {
            throw new IOException("only mono and stereo Opus (mapping family 0) are supported, not " + channels
                    + " channels, family " + head[18]);
        }
        preSkip = h.getShort(10) & 0xFFFF;
        toSkip = preSkip;
        if (packets.next().filter(d -> OggPackets.startsWith(d.data(), "OpusTags")).isEmpty()) {
            throw new IOException("not an Ogg Opus file: no OpusTags");
        }
        try {
            decoder = new OpusDecoder(PcmFormat.SAMPLE_RATE, channels);
        } catch (OpusException e) {
            throw new IOException("Opus decoder could not be created", e);
        }
        decoded = new short[MAX_PACKET_SAMPLES * channels];
    }

    @Override
    public int read(short[] frame) throws IOException {
        while (fifo.size() < frame.length && !finished) {
            decodeNext();
        }
        return fifo.read(frame, 0, Math.min(frame.length, fifo.size()));
    }

    private void decodeNext() throws IOException {
        Optional<OggPackets.Packet> next = packets.next();
        if (next.isEmpty()) {
            finished = true;
            return;
        }
        OggPackets.Packet p = next.get();
        int samples;
        try {
            samples = decoder.decode(p.data(), 0, p.data().length, decoded, 0, MAX_PACKET_SAMPLES, false);
        } catch (OpusException | RuntimeException e) {
            return; // one damaged packet is a 20 ms gap, not the end of the recording
        }
        for (int i = 0; i < samples; i++) {
            mono[i] = channels == 1 ? decoded[i] : PcmFormat.clamp(decoded[2 * i] + decoded[2 * i + 1]);
        }
        int from = (int) Math.min(samples, toSkip);
        toSkip -= from;
        int count = samples - from;
        if (p.last() && p.granule() >= 0) {
            // the final granule counts the pre-skip too; what lies beyond it is the encoder's padding
            long allowed = Math.max(0, p.granule() - preSkip - produced);
            count = (int) Math.min(count, allowed);
            finished = true;
        }
        fifo.write(mono, from, count);
        produced += count;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
