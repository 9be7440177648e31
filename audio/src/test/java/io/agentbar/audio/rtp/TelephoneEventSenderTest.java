package io.agentbar.audio.rtp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packet layout of RFC 4733 §2.3 and the sending rules of §2.5. */
class TelephoneEventSenderTest {
    private record Sent(boolean marker, int seq, long timestamp, int event, boolean end, int volume, int duration) {
    }

    @Test
    void oneDigitIsFiveGrowingPacketsThenThreeEndPacketsOnOneTimestamp() {
        RtpPacketizer packetizer = new RtpPacketizer(1, 100, 8000, 160);
        TelephoneEventSender sender = new TelephoneEventSender(101);
        byte[] buf = new byte[64];
        packetizer.writeHeader(buf, 0); // audio went first
        packetizer.advance();
        assertThat(sender.start('7', packetizer)).isTrue();
        assertThat(sender.start('8', packetizer)).as("busy").isFalse();

        List<Sent> sent = new ArrayList<>();
        RtpPacket p = new RtpPacket();
        for (int frame = 0; frame < 10; frame++) {
            int length = sender.poll(packetizer, buf);
            if (length > 0) {
                assertThat(length).isEqualTo(16);
                assertThat(p.parse(buf, 0, length)).isTrue();
                assertThat(p.payloadType()).isEqualTo(101);
                byte[] b = p.buffer();
                int o = p.payloadOffset();
                sent.add(new Sent(p.marker(), p.sequenceNumber(), p.timestamp(), b[o] & 0xFF, (b[o + 1] & 0x80) != 0,
                        b[o + 1] & 0x3F, ((b[o + 2] & 0xFF) << 8) | (b[o + 3] & 0xFF)));
            }
            packetizer.advance();
        }

        assertThat(sent).containsExactly(
                new Sent(true, 101, 8160, 7, false, 10, 160),
                new Sent(false, 102, 8160, 7, false, 10, 320),
                new Sent(false, 103, 8160, 7, false, 10, 480),
                new Sent(false, 104, 8160, 7, false, 10, 640),
                new Sent(false, 105, 8160, 7, false, 10, 800),
                new Sent(false, 106, 8160, 7, true, 10, 800),
                new Sent(false, 107, 8160, 7, true, 10, 800),
                new Sent(false, 108, 8160, 7, true, 10, 800));
        assertThat(sender.idle()).as("the pause after the event is over").isTrue();

        packetizer.writeHeader(buf, 0);
        assertThat(p.parse(buf, 0, 12)).isTrue();
        assertThat(p.marker()).as("audio resumes as a new talkspurt").isTrue();
    }

    @Test
    void withOpusDurationsCountTheAudioClockAndEachDigitIsItsOwnEvent() {
        // the stream's one SSRC keeps one timeline (RFC 4733 §2.1; baresip's telev does the same)
        RtpPacketizer packetizer = new RtpPacketizer(1, 0, 48_000, 960);
        TelephoneEventSender sender = new TelephoneEventSender(101);
        byte[] buf = new byte[64];
        RtpPacket p = new RtpPacket();
        List<long[]> starts = new ArrayList<>(); // {timestamp, event} of each packet with the marker
        int lastDuration = 0;
        for (char digit : new char[] {'1', '#'}) {
            while (!sender.idle()) {
                sender.poll(packetizer, buf);
                packetizer.advance();
            }
            assertThat(sender.start(digit, packetizer)).isTrue();
            for (int frame = 0; frame < 8; frame++) {
                int length = sender.poll(packetizer, buf);
                assertThat(p.parse(buf, 0, length)).isTrue();
                byte[] b = p.buffer();
                int o = p.payloadOffset();
                if (p.marker()) {
                    starts.add(new long[] {p.timestamp(), b[o]});
                }
                lastDuration = ((b[o + 2] & 0xFF) << 8) | (b[o + 3] & 0xFF);
                packetizer.advance();
            }
        }
        assertThat(lastDuration).as("100 ms at 48 kHz").isEqualTo(4800);
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).containsExactly(48_000, 1);
        assertThat(starts.get(1)[1]).isEqualTo(11);
        assertThat(starts.get(1)[0] - starts.get(0)[0]).as("8 event frames and a 2-frame pause later")
                .isEqualTo(10 * 960);
    }

    @Test
    void eventCodesFollowRfc4733() {
        assertThat(TelephoneEventSender.eventCode('0')).isZero();
        assertThat(TelephoneEventSender.eventCode('9')).isEqualTo(9);
        assertThat(TelephoneEventSender.eventCode('*')).isEqualTo(10);
        assertThat(TelephoneEventSender.eventCode('#')).isEqualTo(11);
        assertThat(TelephoneEventSender.eventCode('a')).isEqualTo(12);
        assertThat(TelephoneEventSender.eventCode('D')).isEqualTo(15);
        assertThat(TelephoneEventSender.eventCode('x')).isEqualTo(-1);
    }
}
