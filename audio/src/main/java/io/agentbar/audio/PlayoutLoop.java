package io.agentbar.audio;

import io.agentbar.audio.codec.AudioCodecs;
import io.agentbar.audio.codec.AudioDecoder;
import io.agentbar.audio.jitter.EncodedFrame;
import io.agentbar.audio.jitter.JitterBuffer;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.pcm.SampleFifo;

import java.util.Arrays;

/**
 * The playout thread, paced by the speaker: whenever the speaker takes a frame, packets are
 * pulled from the jitter buffer and decoded until a frame's worth of samples is ready. A lost
 * packet is rebuilt from the next one's FEC when that is already here, else concealed; when the
 * buffer is dry, concealment fades for up to 100 ms and silence follows. Key tones for the agent
 * are mixed in last.
 */
final class PlayoutLoop implements Runnable {
    private static final int MAX_CONCEALED_FRAMES = 5;

    private final RtpSession session;
    private final GuardedPlayback playback;
    private final JitterBuffer jitter;
    private final AudioDecoder decoder;
    private final boolean receives;
    private final DtmfTone keyTone = DtmfTone.keyTone();
    private final EncodedFrame encoded = new EncodedFrame(1500);
    private final EncodedFrame following = new EncodedFrame(1500);
    private final short[] decoded = new short[PcmFormat.MAX_PACKET_SAMPLES];
    private final short[] frame = new short[PcmFormat.FRAME_SAMPLES];
    private final SampleFifo fifo = new SampleFifo(PcmFormat.FRAME_SAMPLES + PcmFormat.MAX_PACKET_SAMPLES);
    private int lastPacketSamples = PcmFormat.FRAME_SAMPLES;
    private boolean decodedAny;
    private int concealedInARow;
    private boolean bridged;

    PlayoutLoop(RtpSession session, GuardedPlayback playback) {
        this.session = session;
        this.playback = playback;
        this.jitter = session.jitter;
        this.decoder = AudioCodecs.decoder(session.media.codec());
        this.receives = session.media.direction().receives();
    }

    @Override
    public void run() {
        playback.open();
        try {
            while (session.running()) {
                fill();
                fifo.read(frame, 0, PcmFormat.FRAME_SAMPLES);
                if (bridged(session.leg)) {
                    continue;
                }
                session.taps.played(frame);
                if (session.speakerMuted || !receives) {
                    Arrays.fill(frame, (short) 0);
                }
                mixKeyTone();
                playback.write(frame);
            }
        } finally {
            playback.close();
        }
    }

    /**
     * In a conference the frame goes to the bridge, which mixes, mutes, records and plays it;
     * the speaker is closed until the split gives the call a fresh one.
     */
    private boolean bridged(ConferenceLeg leg) {
        if (leg != null) {
            if (!bridged) {
                bridged = true;
                playback.close();
            }
            if (!receives) {
                Arrays.fill(frame, (short) 0);
            }
            leg.write(frame);
            return true;
        }
        if (bridged) {
            bridged = false;
            playback.replace(session.devices.playback(session.callId));
        }
        return false;
    }

    /**
     * The agent's own key feedback, after the speaker mute: muting silences the caller, not the
     * keypad, as on a desk phone.
     */
    private void mixKeyTone() {
        if (keyTone.idle()) {
            Character key = session.keyTones.poll();
            if (key != null) {
                keyTone.start(key);
            }
        }
        keyTone.add(frame);
    }

    private void fill() {
        while (fifo.size() < PcmFormat.FRAME_SAMPLES) {
            int n = switch (jitter.pull(encoded)) {
                case PACKET -> decodePacket();
                case LOST -> jitter.peekNext(following)
                        ? decoder.recover(following.data(), 0, following.length(), decoded, lastPacketSamples)
                        : decoder.conceal(decoded, lastPacketSamples);
                case EMPTY -> concealGap();
            };
            if (n > 0) {
                fifo.write(decoded, 0, n);
            } else {
                fifo.writeSilence(PcmFormat.FRAME_SAMPLES);
            }
        }
    }

    private int decodePacket() {
        int n = decoder.decode(encoded.data(), 0, encoded.length(), decoded);
        if (n <= 0) {
            return decoder.conceal(decoded, lastPacketSamples);
        }
        lastPacketSamples = n;
        decodedAny = true;
        concealedInARow = 0;
        return n;
    }

    private int concealGap() {
        if (!decodedAny || concealedInARow >= MAX_CONCEALED_FRAMES) {
            return 0;
        }
        concealedInARow++;
        return decoder.conceal(decoded, PcmFormat.FRAME_SAMPLES);
    }
}
