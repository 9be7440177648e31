package io.agentbar.audio.recording;

import io.agentbar.audio.pcm.PcmFormat;
import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusFramesize;
import io.github.jaredmdobson.concentus.OpusMode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stereo Opus (Concentus, 64 kb/s, 20 ms frames, CELT only) in an Ogg stream (RFC 7845).
 *
 * <p>The two channels are two different people, not a stereo image, so they must stay apart. Left
 * to choose, the encoder picks SILK below ~64 kb/s, whose mid/side coding let a 1 kHz tone on
 * one side reach the other only 14 dB down (measured). CELT at 64 kb/s keeps them 45–70 dB apart
 * up to 7 kHz and costs less CPU; above ~8 kHz it uses intensity stereo, which shares the
 * little energy telephone speech has up there between both sides. (Two uncoupled mono streams,
 * mapping family 1, would separate fully, at the price of a layout fewer players know.)
 *
 * <p>A page goes to the
 * file every {@link #PACKETS_PER_PAGE} packets, i.e. every second of audio, so a killed process
 * leaves a file that ends on a whole page and lacks at most the last second. Granule positions
 * count 48 kHz samples including the pre-skip (the encoder's look-ahead); at the end, enough
 * silence is encoded to push the look-ahead out and the last granule trims it back (§4.4).
 */
final class OggOpusSink implements RecordingSink {
    static final int PACKETS_PER_PAGE = 50;
    private static final int BITRATE = 64_000;
    private static final int CHANNELS = 2;
    private static final int MAX_PACKET = 4000;

    private final FileChannel channel;
    private final OggPageWriter pages;
    private final OpusEncoder encoder;
    private final int preSkip;
    private final byte[] packet = new byte[MAX_PACKET];
    private final short[] silence = new short[PcmFormat.FRAME_SAMPLES * CHANNELS];
    private final String date;
    private final String callId;
    private final long tagsPosition;
    private long frames;

    OggOpusSink(Path file, RecordingMetadata metadata, String date) throws IOException {
        this.date = date;
        this.callId = metadata.callId();
        try {
            encoder = new OpusEncoder(PcmFormat.SAMPLE_RATE, CHANNELS, OpusApplication.OPUS_APPLICATION_AUDIO);
        } catch (OpusException e) {
            throw new IOException("Opus encoder could not be created", e);
        }
        encoder.setBitrate(BITRATE);
        encoder.setComplexity(5); // the writer thread shares the cores with the call's audio
        encoder.setForceMode(OpusMode.MODE_CELT_ONLY); // see the class comment
        encoder.setUseVBR(true);
        encoder.setUseDTX(false);
        encoder.setExpertFrameDuration(OpusFramesize.OPUS_FRAMESIZE_20_MS);
        preSkip = encoder.getLookahead();
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        pages = new OggPageWriter(channel, ThreadLocalRandom.current().nextInt());
        try {
            byte[] head = OpusHeaders.head(CHANNELS, preSkip, PcmFormat.SAMPLE_RATE);
            pages.add(head, 0, head.length, 0);
            pages.flush(false); // the ID header is alone on the first page
            byte[] tags = OpusHeaders.tags(metadata.title(), date, callId);
            pages.add(tags, 0, tags.length, 0);
            tagsPosition = pages.flush(false); // audio starts on a fresh page
        } catch (IOException | RuntimeException e) {
            abandon();
            throw e;
        }
    }

    int preSkip() {
        return preSkip;
    }

    @Override
    public void write(short[] stereo) throws IOException {
        frames++;
        encode(stereo, frames * PcmFormat.FRAME_SAMPLES);
        if (pages.pendingPackets() >= PACKETS_PER_PAGE) {
            pages.flush(false);
        }
    }

    private void encode(short[] stereo, long granuleAfter) throws IOException {
        int length;
        try {
            length = encoder.encode(stereo, 0, PcmFormat.FRAME_SAMPLES, packet, 0, MAX_PACKET);
        } catch (OpusException | RuntimeException e) {
            throw new IOException("Opus could not encode a frame", e);
        }
        if (!pages.fits(length)) {
            pages.flush(false);
        }
        pages.add(packet, 0, length, granuleAfter);
    }

    @Override
    public void flush() throws IOException {
        pages.flush(false);
    }

    @Override
    public void title(String title) throws IOException {
        pages.rewrite(tagsPosition, 1, OpusHeaders.tags(title, date, callId));
    }

    @Override
    public void close() throws IOException {
        try {
            // the decoder drops the first preSkip samples, so the last preSkip are still in the encoder
            long end = preSkip + frames * PcmFormat.FRAME_SAMPLES;
            long extra = (preSkip + PcmFormat.FRAME_SAMPLES - 1) / PcmFormat.FRAME_SAMPLES;
            for (long i = 1; i <= extra; i++) {
                encode(silence, i == extra ? end : (frames + i) * PcmFormat.FRAME_SAMPLES);
            }
            pages.finish();
        } finally {
            channel.close();
        }
    }

    @Override
    public void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            // already failing; the caller reports the first error
        }
    }
}
