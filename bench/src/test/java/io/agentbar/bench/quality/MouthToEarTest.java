package io.agentbar.bench.quality;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The relay-side timing: Opus packets with known arrival times, an echo that returns them a known time later. */
class MouthToEarTest {
    private static final int FRAME = 960;
    private static final long PACKET_NANOS = 20_000_000L;

    @Test
    void theTurnaroundIsTheTimeBetweenTheClickPacketAndItsEcho() throws Exception {
        float[] clicks = ClickTrain.generate(NetworkAudio.RATE, 4);
        List<byte[]> payloads = encode(clicks);
        long echoDelay = 7 * PACKET_NANOS + 3_000_000L; // 143 ms: seven packets and some processing
        List<MediaLeg.Packet> observed = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            long sent = 1_000_000_000L + i * PACKET_NANOS;
            observed.add(new MediaLeg.Packet(sent, MediaLeg.Direction.TO_CALLEE, rtp(i, payloads.get(i))));
            observed.add(new MediaLeg.Packet(sent + echoDelay, MediaLeg.Direction.TO_CALLER, rtp(1000 + i, payloads.get(i))));
        }
        List<Double> turnarounds = MouthToEar.turnarounds(observed, MediaLeg.Direction.TO_CALLEE);
        assertThat(turnarounds).hasSize(4).allSatisfy(t -> assertThat(t).isCloseTo(143.0, within(0.001)));
    }

    @Test
    void decodesInSequenceOrderWhateverTheArrivalOrder() throws Exception {
        float[] clicks = ClickTrain.generate(NetworkAudio.RATE, 2);
        List<byte[]> payloads = encode(clicks);
        List<MediaLeg.Packet> observed = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            // swap every pair on the way, as a jittery network does; sequence numbers wrap past 65535
            int slot = i % 2 == 0 ? i + 1 : i - 1;
            observed.add(new MediaLeg.Packet(slot * PACKET_NANOS, MediaLeg.Direction.TO_CALLEE,
                    rtp((65530 + i) & 0xffff, payloads.get(i))));
        }
        NetworkAudio audio = NetworkAudio.decode(observed, MediaLeg.Direction.TO_CALLEE);
        double[] onsets = ClickTrain.detectAll(audio.samples(), NetworkAudio.RATE);
        assertThat(onsets).hasSize(2);
        // Opus delays the decoded signal by a few milliseconds; the order and spacing are kept
        assertThat(onsets[1] - onsets[0]).isCloseTo(ClickTrain.PERIOD_SECONDS, within(0.001));
        assertThat(onsets[0]).isCloseTo(ClickTrain.clickSeconds(0), within(0.01));
    }

    @Test
    void pacingReportsGapsAndBursts() {
        List<MediaLeg.Packet> observed = new ArrayList<>();
        long[] times = {0, 20, 40, 100, 101, 102, 120};
        for (int i = 0; i < times.length; i++) {
            observed.add(new MediaLeg.Packet(times[i] * 1_000_000L, MediaLeg.Direction.TO_CALLEE, rtp(i, new byte[3])));
        }
        assertThat(MouthToEar.pacing(observed, MediaLeg.Direction.TO_CALLEE)).contains("max 60.0 ms").contains("2 under 5 ms");
    }

    private static List<byte[]> encode(float[] signal) throws Exception {
        OpusEncoder encoder = new OpusEncoder(NetworkAudio.RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
        encoder.setBitrate(32000);
        List<byte[]> payloads = new ArrayList<>();
        short[] pcm = new short[FRAME];
        byte[] out = new byte[1500];
        for (int start = 0; start + FRAME <= signal.length; start += FRAME) {
            for (int i = 0; i < FRAME; i++) {
                pcm[i] = (short) Math.round(signal[start + i] * 32767);
            }
            int n = encoder.encode(pcm, 0, FRAME, out, 0, out.length);
            payloads.add(java.util.Arrays.copyOf(out, n));
        }
        return payloads;
    }

    private static byte[] rtp(int sequence, byte[] payload) {
        byte[] packet = new byte[12 + payload.length];
        packet[0] = (byte) 0x80;
        packet[1] = 96;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        System.arraycopy(payload, 0, packet, 12, payload.length);
        return packet;
    }
}
