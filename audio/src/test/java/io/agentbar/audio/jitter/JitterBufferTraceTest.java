package io.agentbar.audio.jitter;

import io.agentbar.audio.rtp.RtpPacket;
import io.agentbar.audio.rtp.RtpPacketizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays arrival traces ({@code arrival_ms seq ts} lines, 20 ms packets on an 8 kHz clock)
 * against a jitter buffer pulled every 20 ms (at 10, 30, 50 … ms, so arrivals and pulls never
 * tie), and compares what it played and reported with the {@code expect-*} lines of the trace.
 */
class JitterBufferTraceTest {
    private record Arrival(long millis, int seq, long timestamp) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-order", "loss", "reorder", "late", "duplicates", "burst", "wrap"})
    void replaysTrace(String name) throws IOException {
        List<Arrival> arrivals = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();
        read(name, arrivals, expected);
        arrivals.sort(Comparator.comparingLong(Arrival::millis)); // stable: file order breaks ties

        JitterBuffer buffer = new JitterBuffer(8000, 20, 40, 200, 200);
        RtpPacket packet = new RtpPacket();
        EncodedFrame frame = new EncodedFrame(200);
        byte[] wire = new byte[14];
        List<String> output = new ArrayList<>();
        int next = 0;
        long end = arrivals.getLast().millis() + 400;
        for (long t = 0; t <= end; t++) {
            while (next < arrivals.size() && arrivals.get(next).millis() == t) {
                Arrival a = arrivals.get(next++);
                new RtpPacketizer(0x1234, a.seq(), a.timestamp(), 160).writeHeader(wire, 0);
                wire[12] = (byte) (a.seq() >> 8); // the payload names its packet
                wire[13] = (byte) a.seq();
                assertThat(packet.parse(wire, 0, wire.length)).isTrue();
                buffer.put(packet, t * 1_000_000);
            }
            if (t % 20 == 10) {
                switch (buffer.pull(frame)) {
                    case PACKET -> {
                        int payloadSeq = ((frame.data()[0] & 0xFF) << 8) | (frame.data()[1] & 0xFF);
                        assertThat(payloadSeq).isEqualTo(frame.sequenceNumber());
                        output.add(Integer.toString(frame.sequenceNumber()));
                    }
                    case LOST -> output.add("lost");
                    case EMPTY -> {
                        // buffering or dry: nothing to hear, nothing to assert
                    }
                }
            }
        }

        JitterStatistics stats = buffer.statistics();
        assertThat(String.join(" ", output)).as("played").isEqualTo(expected.get("expect-output"));
        assertThat(stats.lost()).as("lost").isEqualTo(Long.parseLong(expected.get("expect-lost")));
        assertThat(stats.late()).as("late").isEqualTo(Long.parseLong(expected.get("expect-late")));
        assertThat(stats.duplicates()).as("duplicates").isEqualTo(Long.parseLong(expected.get("expect-duplicates")));
        if (expected.containsKey("expect-underruns")) {
            assertThat(stats.underruns()).as("underruns while playing")
                    .isEqualTo(Long.parseLong(expected.get("expect-underruns")));
        }
        assertThat(stats.received()).isEqualTo(arrivals.size());
    }

    private static void read(String name, List<Arrival> arrivals, Map<String, String> expected) throws IOException {
        var in = JitterBufferTraceTest.class.getResourceAsStream("/jitter/" + name + ".trace");
        assertThat(in).as("trace %s", name).isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("expect-")) {
                    int space = l.indexOf(' ');
                    expected.put(l.substring(0, space), l.substring(space + 1).strip());
                    continue;
                }
                String[] f = l.split("\\s+");
                arrivals.add(new Arrival(Long.parseLong(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2])));
            }
        }
    }
}
