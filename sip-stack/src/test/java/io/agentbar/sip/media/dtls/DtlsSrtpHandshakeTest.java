package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agentbar.sip.media.dtls.DtlsHandshakeException.Reason;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class DtlsSrtpHandshakeTest {
    private static final DtlsCertificate ALICE = DtlsCertificate.generate();
    private static final DtlsCertificate BOB = DtlsCertificate.generate();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DatagramPair wire = new DatagramPair();
    private DtlsSrtpHandshake left;
    private DtlsSrtpHandshake right;

    @AfterEach
    void closeBoth() throws Exception {
        for (DtlsSrtpHandshake h : new DtlsSrtpHandshake[] {left, right}) {
            if (h != null) {
                h.close();
                h.ended().get(5, TimeUnit.SECONDS);
            }
        }
    }

    static Stream<Arguments> profilesAndRoles() {
        return Stream.of(DtlsSrtpProfile.values())
                .flatMap(p -> Stream.of(Arguments.of(p, DtlsRole.CLIENT), Arguments.of(p, DtlsRole.SERVER)));
    }

    @ParameterizedTest(name = "{0}, left is {1}")
    @MethodSource("profilesAndRoles")
    void bothEndsDeriveCrosswiseKeysForEachProfile(DtlsSrtpProfile profile, DtlsRole leftRole) throws Exception {
        DtlsRole rightRole = leftRole == DtlsRole.CLIENT ? DtlsRole.SERVER : DtlsRole.CLIENT;
        // the server starts first in one order and second in the other: neither may depend on it
        if (leftRole == DtlsRole.SERVER) {
            left = DtlsSrtpHandshake.start(wire.left, leftRole, ALICE, BOB.sdpFingerprint(), TIMEOUT, List.of(profile));
            right = DtlsSrtpHandshake.start(wire.right, rightRole, BOB, ALICE.sdpFingerprint(), TIMEOUT, List.of(profile));
        } else {
            right = DtlsSrtpHandshake.start(wire.right, rightRole, BOB, ALICE.sdpFingerprint(), TIMEOUT, List.of(profile));
            left = DtlsSrtpHandshake.start(wire.left, leftRole, ALICE, BOB.sdpFingerprint(), TIMEOUT, List.of(profile));
        }

        DtlsSrtpKeys mine = left.keys().get(15, TimeUnit.SECONDS);
        DtlsSrtpKeys theirs = right.keys().get(15, TimeUnit.SECONDS);

        assertThat(mine.profile()).isEqualTo(profile);
        assertThat(theirs.profile()).isEqualTo(profile);
        assertThat(mine.localMasterKey()).isEqualTo(theirs.remoteMasterKey()).hasSize(profile.masterKeyLength());
        assertThat(mine.localMasterSalt()).isEqualTo(theirs.remoteMasterSalt()).hasSize(profile.masterSaltLength());
        assertThat(mine.remoteMasterKey()).isEqualTo(theirs.localMasterKey());
        assertThat(mine.remoteMasterSalt()).isEqualTo(theirs.localMasterSalt());
        assertThat(mine.localMasterKey()).isNotEqualTo(mine.remoteMasterKey());
    }

    @Test
    void serverPicksTheInteropProfileWhenBothOfferAll() throws Exception {
        startPair(BOB.sdpFingerprint(), ALICE.sdpFingerprint());

        assertThat(left.keys().get(15, TimeUnit.SECONDS).profile()).isEqualTo(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80);
        assertThat(right.keys().get(15, TimeUnit.SECONDS).protectionProfile()).isEqualTo(0x0001);
    }

    @Test
    void noCommonSrtpProfileFailsTheHandshake() {
        left = DtlsSrtpHandshake.start(wire.left, DtlsRole.CLIENT, ALICE, BOB.sdpFingerprint(), TIMEOUT,
                List.of(DtlsSrtpProfile.AEAD_AES_128_GCM));
        right = DtlsSrtpHandshake.start(wire.right, DtlsRole.SERVER, BOB, ALICE.sdpFingerprint(), TIMEOUT,
                List.of(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80));

        assertThat(failure(right.keys())).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.FAILED);
            assertThat(e.getMessage()).contains("no SRTP profile in common");
        });
        assertThat(failure(left.keys()).reason()).isEqualTo(Reason.FAILED);
    }

    @Test
    void clientRejectsServerWhoseCertificateDoesNotMatchTheFingerprint() {
        // left is the client and expects someone else's certificate instead of Bob's
        startPair(DtlsCertificate.generate().sdpFingerprint(), ALICE.sdpFingerprint());

        DtlsHandshakeException e = failure(left.keys());
        assertThat(e.reason()).isEqualTo(Reason.FINGERPRINT_MISMATCH);
        assertThat(e.getMessage()).isEqualTo("DTLS: the peer's certificate does not match a=fingerprint");
        assertThat(failure(right.keys()).reason()).isEqualTo(Reason.FAILED);
    }

    @Test
    void serverRejectsClientWhoseCertificateDoesNotMatchTheFingerprint() {
        startPair(BOB.sdpFingerprint(), DtlsCertificate.generate().sdpFingerprint());

        DtlsHandshakeException e = failure(right.keys());
        assertThat(e.reason()).isEqualTo(Reason.FINGERPRINT_MISMATCH);
        assertThat(e.getMessage()).isEqualTo("DTLS: the peer's certificate does not match a=fingerprint");
        assertThat(failure(left.keys()).reason()).isEqualTo(Reason.FAILED);
    }

    @Test
    void silentPeerTimesOutAsClient() {
        assertSilentPeerTimesOut(DtlsRole.CLIENT);
    }

    @Test
    void silentPeerTimesOutAsServer() {
        assertSilentPeerTimesOut(DtlsRole.SERVER);
    }

    private void assertSilentPeerTimesOut(DtlsRole role) {
        long start = System.nanoTime();
        left = DtlsSrtpHandshake.start(DatagramPair.silentPeer(), role, ALICE, BOB.sdpFingerprint(),
                Duration.ofMillis(1500));

        DtlsHandshakeException e = failure(left.keys());
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(elapsedMillis).isBetween(1400L, 4000L);
    }

    @Test
    void closeDuringTheHandshakeEndsTheThreadPromptly() throws Exception {
        left = DtlsSrtpHandshake.start(DatagramPair.silentPeer(), DtlsRole.SERVER, ALICE, BOB.sdpFingerprint(), TIMEOUT);

        long start = System.nanoTime();
        left.close();
        left.ended().get(2, TimeUnit.SECONDS);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(failure(left.keys()).reason()).isEqualTo(Reason.CLOSED);
    }

    @Test
    void cancellingTheKeysEndsTheThread() throws Exception {
        left = DtlsSrtpHandshake.start(DatagramPair.silentPeer(), DtlsRole.CLIENT, ALICE, BOB.sdpFingerprint(), TIMEOUT);

        left.keys().cancel(true);

        left.ended().get(2, TimeUnit.SECONDS);
        assertThatThrownBy(() -> left.keys().get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void closingAnEstablishedAssociationTellsThePeer() throws Exception {
        startPair(BOB.sdpFingerprint(), ALICE.sdpFingerprint());
        left.keys().get(15, TimeUnit.SECONDS);
        right.keys().get(15, TimeUnit.SECONDS);

        left.close();

        // the peer's thread ends on our close_notify, without its own close()
        right.ended().get(3, TimeUnit.SECONDS);
        left.ended().get(3, TimeUnit.SECONDS);
    }

    @Test
    void lostServerFlightIsRetransmitted() throws Exception {
        wire.loseRightToLeft(1); // right is the server: its first flight (ServerHello..) never arrives
        startPair(BOB.sdpFingerprint(), ALICE.sdpFingerprint());

        DtlsSrtpKeys mine = left.keys().get(15, TimeUnit.SECONDS);
        DtlsSrtpKeys theirs = right.keys().get(15, TimeUnit.SECONDS);

        assertThat(mine.localMasterKey()).isEqualTo(theirs.remoteMasterKey());
    }

    @Test
    void keysAndCertificateNeverShowSecretsInToString() throws Exception {
        startPair(BOB.sdpFingerprint(), ALICE.sdpFingerprint());
        DtlsSrtpKeys keys = left.keys().get(15, TimeUnit.SECONDS);

        String text = keys + " " + ALICE;
        assertThat(text).contains("redacted")
                .doesNotContain(HexFormat.of().formatHex(keys.localMasterKey()))
                .doesNotContain(HexFormat.of().withUpperCase().formatHex(keys.localMasterKey()));
    }

    @Test
    void debugLogsCarryNoKeyMaterial() throws Exception {
        Logger dtlsLog = (Logger) LoggerFactory.getLogger("io.agentbar.sip.media.dtls");
        Level before = dtlsLog.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        dtlsLog.addAppender(captured);
        dtlsLog.setLevel(Level.DEBUG);
        try {
            startPair(BOB.sdpFingerprint(), ALICE.sdpFingerprint());
            DtlsSrtpKeys keys = left.keys().get(15, TimeUnit.SECONDS);
            right.keys().get(15, TimeUnit.SECONDS);
            left.close();
            left.ended().get(3, TimeUnit.SECONDS);
            right.ended().get(3, TimeUnit.SECONDS);

            StringBuilder all = new StringBuilder();
            for (ILoggingEvent e : captured.list) {
                all.append(e.getFormattedMessage()).append('\n');
            }
            assertThat(captured.list).isNotEmpty(); // the handshake did log at debug
            for (byte[] secret : List.of(keys.localMasterKey(), keys.remoteMasterKey(), keys.localMasterSalt())) {
                assertThat(all.toString())
                        .doesNotContainIgnoringCase(HexFormat.of().formatHex(secret))
                        .doesNotContain(Base64.getEncoder().encodeToString(secret));
            }
        } finally {
            dtlsLog.detachAppender(captured);
            dtlsLog.setLevel(before);
        }
    }

    /** Left is the client, right the server. */
    private void startPair(Fingerprint leftExpects, Fingerprint rightExpects) {
        right = DtlsSrtpHandshake.start(wire.right, DtlsRole.SERVER, BOB, rightExpects, TIMEOUT);
        left = DtlsSrtpHandshake.start(wire.left, DtlsRole.CLIENT, ALICE, leftExpects, TIMEOUT);
    }

    private static DtlsHandshakeException failure(CompletableFuture<DtlsSrtpKeys> keys) {
        try {
            DtlsSrtpKeys unexpected = keys.get(15, TimeUnit.SECONDS);
            throw new AssertionError("handshake succeeded unexpectedly: " + unexpected);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(DtlsHandshakeException.class);
            return (DtlsHandshakeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
