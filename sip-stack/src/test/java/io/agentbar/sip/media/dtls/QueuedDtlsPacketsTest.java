package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class QueuedDtlsPacketsTest {

    @Test
    void firstByteTwentyToSixtyThreeIsDtls() {
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {20}, 0, 1)).isTrue();   // change_cipher_spec
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {22}, 0, 1)).isTrue();   // handshake
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {63}, 0, 1)).isTrue();
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {19}, 0, 1)).isFalse();  // ZRTP range
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {0, 1}, 0, 2)).isFalse(); // STUN
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {64}, 0, 1)).isFalse();  // TURN channel
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {(byte) 0x80}, 0, 1)).isFalse(); // RTP
        assertThat(DtlsPackets.isDtlsRecord(new byte[] {22}, 0, 0)).isFalse();
    }

    @Test
    void deliveredDatagramsAreReceivedInOrderAndCopied() throws Exception {
        QueuedDtlsPackets packets = new QueuedDtlsPackets((b, off, len) -> { }, 1200);
        byte[] datagram = {22, 1, 2, 3};

        packets.deliver(datagram, 0, 4);
        packets.deliver(datagram, 1, 2);
        datagram[0] = 99; // the caller reuses its buffer

        byte[] buffer = new byte[10];
        assertThat(packets.receive(buffer, 0, 10, 100)).isEqualTo(4);
        assertThat(buffer[0]).isEqualTo((byte) 22);
        assertThat(packets.receive(buffer, 5, 5, 100)).isEqualTo(2);
        assertThat(buffer[5]).isEqualTo((byte) 1);
        assertThat(packets.receive(buffer, 0, 10, 20)).isEqualTo(-1);
    }

    @Test
    void floodBeyondTheQueueIsDropped() {
        QueuedDtlsPackets packets = new QueuedDtlsPackets((b, off, len) -> { }, 1200);
        int accepted = 0;
        for (int i = 0; i < 1000; i++) {
            if (packets.deliver(new byte[] {22}, 0, 1)) {
                accepted++;
            }
        }

        assertThat(accepted).isEqualTo(64);
    }

    @Test
    void sendGoesToTheSink() throws Exception {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        QueuedDtlsPackets packets = new QueuedDtlsPackets(sent::write, 1200);

        packets.send(new byte[] {9, 22, 23, 9}, 1, 2);

        assertThat(sent.toByteArray()).containsExactly(22, 23);
        assertThat(packets.maxDatagramSize()).isEqualTo(1200);
    }
}
