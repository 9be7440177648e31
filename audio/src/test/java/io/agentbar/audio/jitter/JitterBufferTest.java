package io.agentbar.audio.jitter;

import io.agentbar.audio.rtp.RtpPacket;
import io.agentbar.audio.rtp.RtpPacketizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JitterBufferTest {
    private static final long MS = 1_000_000;

    private final JitterBuffer buffer = new JitterBuffer(8000, 20, 40, 200, 200);
    private final RtpPacket packet = new RtpPacket();
    private final EncodedFrame frame = new EncodedFrame(200);
    private final byte[] wire = new byte[13];

    private void put(long ssrc, int seq, long arrivalMillis) {
        new RtpPacketizer(ssrc, seq, 160L * seq, 160).writeHeader(wire, 0);
        packet.parse(wire, 0, wire.length);
        buffer.put(packet, arrivalMillis * MS);
    }

    @Test
    void targetDelayFollowsMeasuredJitter() {
        assertThat(buffer.targetDelayMillis()).isEqualTo(40);
        for (int i = 0; i < 200; i++) {
            put(1, i, 20L * i + (i % 2 == 0 ? 10 : -10)); // ±10 ms: |D| = 20 ms
            buffer.pull(frame);
        }
        assertThat(buffer.statistics().jitterMillis()).isBetween(18.0, 21.0);
        assertThat(buffer.targetDelayMillis()).isBetween(110, 125);
    }

    @Test
    void aLevelThatStaysWellAboveTargetIsTrimmedWithoutLoss() {
        for (int seq = 0; seq < 10; seq++) {
            put(1, seq, 0); // a 200 ms backlog arrives at once
        }
        List<Integer> played = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            put(1, 10 + k, 10 + 20L * k);
            if (buffer.pull(frame) == JitterBuffer.Outcome.PACKET) {
                played.add(frame.sequenceNumber());
            }
        }
        JitterStatistics stats = buffer.statistics();
        assertThat(stats.discarded()).isBetween(5L, 8L);
        assertThat(stats.lost()).isZero();
        assertThat(played).isSorted();
        assertThat(played).as("every pull played something").hasSize(400);
        assertThat(played.getLast() - played.getFirst() + 1).isEqualTo(400 + stats.discarded());
    }

    @Test
    void peekNextShowsThePacketThatFollowsALoss() {
        put(1, 1, 0);
        put(1, 3, 40);
        put(1, 4, 60);
        assertThat(buffer.pull(frame)).isEqualTo(JitterBuffer.Outcome.PACKET);
        assertThat(buffer.pull(frame)).isEqualTo(JitterBuffer.Outcome.LOST);
        EncodedFrame next = new EncodedFrame(200);
        assertThat(buffer.peekNext(next)).isTrue();
        assertThat(next.sequenceNumber()).isEqualTo(3);
        assertThat(buffer.pull(frame)).isEqualTo(JitterBuffer.Outcome.PACKET);
        assertThat(frame.sequenceNumber()).as("peeking did not take it").isEqualTo(3);
    }

    @Test
    void aNewSourceStartsAfreshWithoutCountingLossOrLateness() {
        for (int seq = 100; seq < 105; seq++) {
            put(1, seq, 20L * seq);
            buffer.pull(frame);
        }
        put(2, 7, 3000);
        put(2, 8, 3020);
        assertThat(buffer.pull(frame)).isEqualTo(JitterBuffer.Outcome.PACKET);
        assertThat(frame.sequenceNumber()).isEqualTo(7);
        assertThat(buffer.statistics().lost()).isZero();
        assertThat(buffer.statistics().late()).isZero();
    }

    @Test
    void aGapLongerThanTheBufferResynchronises() {
        for (int seq = 1; seq <= 3; seq++) {
            put(1, seq, 20L * seq);
        }
        while (buffer.pull(frame) != JitterBuffer.Outcome.EMPTY || buffer.statistics().underruns() == 0) {
            // play out 1..3 and run dry
        }
        put(1, 200, 4000);
        put(1, 201, 4020);
        put(1, 202, 4040); // the underrun raised the target to 60 ms
        assertThat(buffer.pull(frame)).isEqualTo(JitterBuffer.Outcome.PACKET);
        assertThat(frame.sequenceNumber()).isEqualTo(200);
        assertThat(buffer.statistics().lost()).isEqualTo(196);
    }

    @Test
    void oversizedPayloadsAreRefused() {
        JitterBuffer small = new JitterBuffer(8000, 20, 40, 200, 0);
        new RtpPacketizer(1, 1, 0, 160).writeHeader(wire, 0);
        packet.parse(wire, 0, wire.length);
        assertThat(small.put(packet, 0)).isFalse();
    }
}
