package io.agentbar.sip.media.srtp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static io.agentbar.sip.media.srtp.SrtpVectorsTest.protectRtcp;
import static io.agentbar.sip.media.srtp.SrtpVectorsTest.protectRtp;
import static io.agentbar.sip.media.srtp.SrtpVectorsTest.unprotectRtcp;
import static io.agentbar.sip.media.srtp.SrtpVectorsTest.unprotectRtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SrtpSessionTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void roundTripsRtpAndRtcpInBothDirections(SrtpSuite suite) {
        SrtpKeys a = SrtpKeys.random(suite, RANDOM);
        SrtpKeys b = SrtpKeys.random(suite, RANDOM);
        SrtpSession alice = SrtpSession.of(a, b);
        SrtpSession bob = SrtpSession.of(b, a);

        for (int seq = 0; seq < 5; seq++) {
            byte[] fromAlice = rtp(0x11111111, seq, 160);
            byte[] fromBob = rtp(0x22222222, 1000 + seq, 160);
            byte[] wire = protectRtp(alice, fromAlice);
            assertThat(Arrays.copyOfRange(wire, 12, 172)).as("payload is encrypted")
                    .isNotEqualTo(Arrays.copyOfRange(fromAlice, 12, 172));
            assertThat(unprotectRtp(bob, wire)).isEqualTo(fromAlice);
            assertThat(unprotectRtp(alice, protectRtp(bob, fromBob))).isEqualTo(fromBob);
        }
        byte[] report = rtcp(0x11111111);
        assertThat(unprotectRtcp(bob, protectRtcp(alice, report))).isEqualTo(report);
        byte[] reply = rtcp(0x22222222);
        assertThat(unprotectRtcp(alice, protectRtcp(bob, reply))).isEqualTo(reply);
        assertThat(alice.drops().received()).isZero();
        assertThat(bob.drops().received()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void protectionAddsTheSuitesTagAndSrtcpTrailer(SrtpSuite suite) {
        SrtpSession session = SrtpSession.of(SrtpKeys.random(suite, RANDOM), SrtpKeys.random(suite, RANDOM));
        int rtpTag = switch (suite) {
            case AES_CM_128_HMAC_SHA1_80 -> 10;
            case AES_CM_128_HMAC_SHA1_32 -> 4;
            case AEAD_AES_128_GCM -> 16;
        };
        int rtcpTag = suite == SrtpSuite.AEAD_AES_128_GCM ? 16 : 10; // _32 keeps an 80-bit SRTCP tag

        assertThat(protectRtp(session, rtp(1, 1, 160))).hasSize(172 + rtpTag);
        assertThat(protectRtcp(session, rtcp(1))).hasSize(rtcp(1).length + 4 + rtcpTag);
        assertThat(suite.rtpOverhead()).isEqualTo(rtpTag);
        assertThat(suite.rtcpOverhead()).isEqualTo(4 + rtcpTag);
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void tamperedByteFailsAuthenticationAndLeavesNoTrace(SrtpSuite suite) {
        Pair pair = new Pair(suite);
        byte[] wire = protectRtp(pair.alice, rtp(7, 1, 80));

        for (int at : new int[] {1, 12, wire.length - 1}) { // header, payload, tag
            byte[] tampered = wire.clone();
            tampered[at] ^= 0x01;
            assertThat(pair.bob.unprotectRtp(tampered, tampered.length)).isEqualTo(SrtpFailure.AUTHENTICATION.code());
        }
        byte[] srtcp = protectRtcp(pair.alice, rtcp(7));
        srtcp[10] ^= 0x40;
        assertThat(pair.bob.unprotectRtcp(srtcp, srtcp.length)).isEqualTo(SrtpFailure.AUTHENTICATION.code());

        assertThat(pair.bob.drops().authentication()).isEqualTo(4);
        assertThat(unprotectRtp(pair.bob, wire)).isEqualTo(rtp(7, 1, 80));
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void replayedPacketIsDropped(SrtpSuite suite) {
        Pair pair = new Pair(suite);
        byte[] srtp = protectRtp(pair.alice, rtp(9, 500, 40));
        byte[] srtcp = protectRtcp(pair.alice, rtcp(9));
        unprotectRtp(pair.bob, srtp);
        unprotectRtcp(pair.bob, srtcp);

        assertThat(pair.bob.unprotectRtp(srtp.clone(), srtp.length)).isEqualTo(SrtpFailure.REPLAY.code());
        assertThat(pair.bob.unprotectRtcp(srtcp.clone(), srtcp.length)).isEqualTo(SrtpFailure.REPLAY.code());
        assertThat(pair.bob.drops()).isEqualTo(new SrtpDrops(0, 2, 0, 0));
    }

    @Test
    void reorderingInsideTheWindowIsAcceptedButOlderPacketsAreNot() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        byte[][] wire = new byte[101][];
        for (int seq = 0; seq <= 100; seq++) {
            wire[seq] = protectRtp(pair.alice, rtp(3, seq, 20));
        }
        unprotectRtp(pair.bob, wire[100]);

        assertThat(unprotectRtp(pair.bob, wire[99])).isEqualTo(rtp(3, 99, 20)); // late but inside 64
        assertThat(unprotectRtp(pair.bob, wire[37])).isEqualTo(rtp(3, 37, 20)); // 63 behind: last slot
        assertThat(pair.bob.unprotectRtp(wire[36].clone(), wire[36].length)).isEqualTo(SrtpFailure.REPLAY.code());
        assertThat(pair.bob.unprotectRtp(wire[99].clone(), wire[99].length)).isEqualTo(SrtpFailure.REPLAY.code());
    }

    @Test
    void rolloverKeepsPacketsFlowingPastSequence65535() {
        Pair pair = new Pair(SrtpSuite.AEAD_AES_128_GCM);
        for (int n = 65530; n < 65545; n++) {
            byte[] packet = rtp(5, n & 0xFFFF, 30);
            assertThat(unprotectRtp(pair.bob, protectRtp(pair.alice, packet))).isEqualTo(packet);
        }
    }

    @Test
    void sendingTheSameSequenceNumberTwiceIsRefusedRatherThanReusingTheKeystream() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        protectRtp(pair.alice, rtp(1, 10, 20));
        byte[] again = Arrays.copyOf(rtp(1, 10, 20), 42);

        assertThat(pair.alice.protectRtp(again, 32)).isEqualTo(SrtpFailure.REPLAY.code());
        assertThat(pair.alice.drops().unprotectable()).isEqualTo(1);
    }

    @Test
    void learnsEachSourceSeparately() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        byte[] first = protectRtp(pair.alice, rtp(0xAAAA0001, 100, 20));
        byte[] second = protectRtp(pair.alice, rtp(0xAAAA0002, 100, 20)); // same seq, other SSRC

        assertThat(unprotectRtp(pair.bob, first)).isEqualTo(rtp(0xAAAA0001, 100, 20));
        assertThat(unprotectRtp(pair.bob, second)).isEqualTo(rtp(0xAAAA0002, 100, 20));
    }

    @Test
    void forgedPacketsFromManySourcesDoNotCrowdOutTheRealOne() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        for (int ssrc = 100; ssrc < 100 + 3 * SsrcContexts.MAX_SOURCES; ssrc++) {
            byte[] forged = protectRtp(new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80).alice, rtp(ssrc, 1, 20));
            assertThat(pair.bob.unprotectRtp(forged, forged.length)).isEqualTo(SrtpFailure.AUTHENTICATION.code());
        }

        assertThat(unprotectRtp(pair.bob, protectRtp(pair.alice, rtp(42, 1, 20)))).isEqualTo(rtp(42, 1, 20));
    }

    @Test
    void malformedPacketsAreRefusedAsValuesNeverExceptions() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        byte[] csrcsBeyondEnd = rtp(1, 1, 20);
        csrcsBeyondEnd[0] = (byte) 0x8F; // 15 CSRCs would need 60 more bytes
        byte[] extensionBeyondEnd = rtp(1, 1, 20);
        extensionBeyondEnd[0] = (byte) 0x90;
        extensionBeyondEnd[14] = (byte) 0xFF; // extension of 65280+ words
        byte[] version1 = rtp(1, 1, 20);
        version1[0] = 0x40;

        for (byte[] bad : new byte[][] {new byte[0], new byte[11], csrcsBeyondEnd, extensionBeyondEnd, version1}) {
            assertThat(pair.bob.unprotectRtp(bad, bad.length)).isEqualTo(SrtpFailure.INVALID.code());
        }
        assertThat(pair.bob.unprotectRtcp(new byte[8], 8)).isEqualTo(SrtpFailure.INVALID.code());
        byte[] rtpAsRtcp = protectRtp(pair.alice, rtp(1, 1, 20));
        assertThat(pair.bob.unprotectRtcp(rtpAsRtcp, rtpAsRtcp.length)).isEqualTo(SrtpFailure.INVALID.code());

        Random noise = new Random(4568);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[noise.nextInt(200)];
            noise.nextBytes(junk);
            if (junk.length > 0) {
                junk[0] = (byte) (0x80 | (junk[0] & 0x3F)); // mostly get past the version check
            }
            assertThat(pair.bob.unprotectRtp(junk.clone(), junk.length)).isNegative();
            assertThat(pair.bob.unprotectRtcp(junk.clone(), junk.length)).isNegative();
        }
    }

    @Test
    void protectingWithoutSpareCapacityIsAProgrammingError() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        byte[] exact = rtp(1, 1, 20);

        assertThatThrownBy(() -> pair.alice.protectRtp(exact, exact.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 spare bytes");
    }

    @Test
    void closedSessionRefusesEveryPacket() {
        Pair pair = new Pair(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        byte[] wire = protectRtp(pair.alice, rtp(1, 1, 20));
        pair.bob.close();

        assertThat(pair.bob.unprotectRtp(wire, wire.length)).isEqualTo(SrtpFailure.INVALID.code());
        assertThat(pair.bob.protectRtp(Arrays.copyOf(rtp(2, 1, 20), 52), 32)).isEqualTo(SrtpFailure.INVALID.code());
    }

    @Test
    void keysOfDifferentSuitesDoNotMakeASession() {
        assertThatThrownBy(() -> SrtpSession.of(SrtpKeys.random(SrtpSuite.AES_CM_128_HMAC_SHA1_80, RANDOM),
                SrtpKeys.random(SrtpSuite.AEAD_AES_128_GCM, RANDOM))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failureCodesMapBackToTheirReasons() {
        assertThat(SrtpFailure.of(SrtpFailure.REPLAY.code())).contains(SrtpFailure.REPLAY);
        assertThat(SrtpFailure.of(172)).isEmpty();
    }

    @Test
    void keysAreCopiedAndNeverPrinted() {
        byte[] key = new byte[16];
        Arrays.fill(key, (byte) 0x5A);
        SrtpKeys keys = new SrtpKeys(SrtpSuite.AES_CM_128_HMAC_SHA1_80, key, new byte[14]);
        key[0] = 0;
        keys.masterKey()[1] = 0;

        assertThat(keys.masterKey()).containsOnly(0x5A);
        assertThat(keys.toString()).doesNotContain("5A", "5a", "90", "Wlpa").contains("redacted");
        assertThat(SrtpSession.of(keys, keys).toString()).doesNotContain("5A", "5a", "Wlpa");
        assertThat(new SrtpKeyPair(keys, keys).toString()).doesNotContain("5A", "5a", "Wlpa");
    }

    @Test
    void wrongKeyOrSaltLengthIsRejectedWithoutEchoingTheBytes() {
        byte[] longKey = HexFormat.of().parseHex("0102030405060708090A0B0C0D0E0F1011");
        assertThatThrownBy(() -> new SrtpKeys(SrtpSuite.AES_CM_128_HMAC_SHA1_80, longKey, new byte[14]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 bytes").hasMessageNotContaining("0102");
        assertThatThrownBy(() -> new SrtpKeys(SrtpSuite.AEAD_AES_128_GCM, new byte[16], new byte[14]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12-byte master salt");
    }

    @Test
    void suitesKnowTheirSdpNamesAndDtlsProfiles() {
        assertThat(SrtpSuite.fromSdpName("AES_CM_128_HMAC_SHA1_32")).contains(SrtpSuite.AES_CM_128_HMAC_SHA1_32);
        assertThat(SrtpSuite.fromSdpName("AEAD_AES_256_GCM")).isEmpty();
        assertThat(SrtpSuite.fromDtlsProfileId(1)).contains(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        assertThat(SrtpSuite.fromDtlsProfileId(2)).contains(SrtpSuite.AES_CM_128_HMAC_SHA1_32);
        assertThat(SrtpSuite.fromDtlsProfileId(7)).contains(SrtpSuite.AEAD_AES_128_GCM);
        assertThat(SrtpSuite.fromDtlsProfileId(8)).isEmpty();
        assertThat(SrtpSuite.AEAD_AES_128_GCM.masterSaltLength()).isEqualTo(12);
        assertThat(SrtpSuite.AES_CM_128_HMAC_SHA1_80.masterSaltLength()).isEqualTo(14);
    }

    /** A minimal RTP packet: version 2, PT 0, the given SSRC and sequence, a patterned payload. */
    static byte[] rtp(int ssrc, int seq, int payloadLength) {
        byte[] p = new byte[12 + payloadLength];
        p[0] = (byte) 0x80;
        p[2] = (byte) (seq >>> 8);
        p[3] = (byte) seq;
        p[7] = (byte) seq; // timestamp follows the sequence, just to vary the header
        p[8] = (byte) (ssrc >>> 24);
        p[9] = (byte) (ssrc >>> 16);
        p[10] = (byte) (ssrc >>> 8);
        p[11] = (byte) ssrc;
        for (int i = 12; i < p.length; i++) {
            p[i] = (byte) (i * 7 + seq);
        }
        return p;
    }

    /** A receiver report with one report block. */
    static byte[] rtcp(int ssrc) {
        byte[] p = new byte[32];
        p[0] = (byte) 0x81;
        p[1] = (byte) 201;
        p[3] = 7;
        p[4] = (byte) (ssrc >>> 24);
        p[5] = (byte) (ssrc >>> 16);
        p[6] = (byte) (ssrc >>> 8);
        p[7] = (byte) ssrc;
        for (int i = 8; i < p.length; i++) {
            p[i] = (byte) i;
        }
        return p;
    }

    private static final class Pair {
        final SrtpSession alice;
        final SrtpSession bob;

        Pair(SrtpSuite suite) {
            SrtpKeys a = SrtpKeys.random(suite, RANDOM);
            SrtpKeys b = SrtpKeys.random(suite, RANDOM);
            alice = SrtpSession.of(a, b);
            bob = SrtpSession.of(b, a);
        }
    }
}
