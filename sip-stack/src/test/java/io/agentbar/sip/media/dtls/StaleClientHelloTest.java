package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A peer that tried the client role before the answer made it passive (rtpengine given our
 * {@code setup:actpass} offer) leaves a ClientHello in our queue; our client must not choke on it.
 */
class StaleClientHelloTest {
    private static final DtlsCertificate ALICE = DtlsCertificate.generate();
    private static final DtlsCertificate BOB = DtlsCertificate.generate();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<DtlsSrtpHandshake> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (DtlsSrtpHandshake h : started) {
            h.close();
            h.ended().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void ourClientIgnoresTheServersAbandonedClientHello() throws Exception {
        DatagramPair wire = new DatagramPair();
        byte[] stale = someClientHello();
        wire.left.deliver(stale, 0, stale.length); // arrived before our handshake started

        DtlsSrtpHandshake client = start(wire.left, DtlsRole.CLIENT, ALICE, BOB);
        DtlsSrtpHandshake server = start(wire.right, DtlsRole.SERVER, BOB, ALICE);
        wire.left.deliver(stale, 0, stale.length); // and a late retransmission during the handshake

        DtlsSrtpKeys ours = client.keys().get(15, TimeUnit.SECONDS);
        assertThat(ours.localMasterKey()).isEqualTo(server.keys().get(15, TimeUnit.SECONDS).remoteMasterKey());
    }

    @Test
    void recognisesOnlyAnEpochZeroClientHello() throws Exception {
        byte[] hello = someClientHello();
        assertThat(PacketTransport.startsWithClientHello(hello, 0, hello.length)).isTrue();

        byte[] otherHandshake = hello.clone();
        otherHandshake[13] = 2; // ServerHello
        assertThat(PacketTransport.startsWithClientHello(otherHandshake, 0, otherHandshake.length)).isFalse();
        byte[] laterEpoch = hello.clone();
        laterEpoch[4] = 1; // encrypted, after ChangeCipherSpec: the byte at 13 is ciphertext
        assertThat(PacketTransport.startsWithClientHello(laterEpoch, 0, laterEpoch.length)).isFalse();
        byte[] alert = hello.clone();
        alert[0] = 21;
        assertThat(PacketTransport.startsWithClientHello(alert, 0, alert.length)).isFalse();
        assertThat(PacketTransport.startsWithClientHello(hello, 0, 13)).isFalse();
    }

    /** The first datagram a bctls client sends: a genuine ClientHello from another association. */
    private byte[] someClientHello() throws Exception {
        CompletableFuture<byte[]> first = new CompletableFuture<>();
        QueuedDtlsPackets capture = new QueuedDtlsPackets(
                (b, off, len) -> first.complete(Arrays.copyOfRange(b, off, off + len)), 1200);
        DtlsSrtpHandshake other = DtlsSrtpHandshake.start(capture, DtlsRole.CLIENT, BOB, ALICE.sdpFingerprint(),
                TIMEOUT);
        started.add(other);
        return first.get(10, TimeUnit.SECONDS);
    }

    private DtlsSrtpHandshake start(QueuedDtlsPackets packets, DtlsRole role, DtlsCertificate local,
                                    DtlsCertificate remote) {
        DtlsSrtpHandshake h = DtlsSrtpHandshake.start(packets, role, local, remote.sdpFingerprint(), TIMEOUT);
        started.add(h);
        return h;
    }
}
