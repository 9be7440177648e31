package io.agentbar.sip.media.srtp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.agentbar.sip.media.srtp.SrtpReference.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC test vectors, run through our key plumbing ({@link SrtpKeys} → {@link SrtpSession} → bytes).
 *
 * <p>jitsi-srtp only takes master keys and never exposes the session keys it derives, while the
 * RFC 3711 B.2 and RFC 7714 §16/§17 vectors are stated with session keys. So the chain is:
 * <ol>
 *   <li>{@link SrtpReference} (JDK AES/HMAC/GCM, written from the RFC text) reproduces B.2's
 *       keystream, B.3's derived keys and RFC 7714's protected packets byte for byte;</li>
 *   <li>our session, given master keys, puts on the wire exactly what the reference computes
 *       from the session keys RFC 3711 B.3 prints (AES-CM) or the vetted reference KDF yields
 *       (SRTCP labels and GCM, which no RFC vector covers with master keys);</li>
 *   <li>and the receiving session turns those wire bytes back into the plaintext.</li>
 * </ol>
 */
class SrtpVectorsTest {
    // RFC 3711 Appendix B.3
    private static final byte[] B3_MASTER_KEY = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
    private static final byte[] B3_MASTER_SALT = hex("0EC675AD498AFEEBB6960B3AABE6");
    private static final byte[] B3_CIPHER_KEY = hex("C61E7A93744F39EE10734AFE3FF7A087");
    private static final byte[] B3_CIPHER_SALT = hex("30CBBC08863D8C85D49DB34A9AE1");
    private static final byte[] B3_AUTH_KEY = hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4");

    // RFC 7714 §16.1 (RTP) and §17.1 (RTCP), AEAD_AES_128_GCM with session key and salt
    private static final byte[] GCM_KEY = hex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] GCM_SALT = hex("517569642070726f2071756f");
    private static final byte[] GCM_RTP = hex("""
            8040f17b 8041f8d3 5501a0b2 47616c6c 69612065 7374206f 6d6e6973 20646976
            69736120 696e2070 61727465 73207472 6573""");
    private static final byte[] GCM_SRTP = hex("""
            8040f17b 8041f8d3 5501a0b2 f24de3a3 fb34de6c acba861c 9d7e4bca be633bd5
            0d294e6f 42a5f47a 51c7d19b 36de3adf 8833899d 7f27beb1 6a9152cf 765ee439 0cce""");
    private static final byte[] GCM_RTCP = hex("""
            81c8000d 4d617273 4e545031 4e545032 52545020 0000042a 0000e930 4c756e61
            deadbeef deadbeef deadbeef deadbeef deadbeef""");
    private static final byte[] GCM_SRTCP = hex("""
            81c8000d 4d617273 63e94885 dcdab67c a727d766 2f6b7e99 7ff5c0f7 6c06f32d
            c676a5f1 730d6fda 4ce09b46 86303ded 0bb9275b c84aa458 96cf4d2f c5abf872
            45d9eade 800005d4""");
    private static final int GCM_SRTCP_INDEX = 0x5d4;

    private static final byte[] RTP = hex("""
            80 00 12 34  00 00 03 E8  DE AD BE EF
            00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10 11 12 13 14 15 16 17 18 19 1A 1B 1C 1D""");
    private static final byte[] RTCP = hex("""
            80 C9 00 07  DE AD BE EF  CA FE BA BE 00 00 00 00 00 00 12 34 00 00 00 00 00 00 00 00 00 00 00 00""");

    @Test
    void referenceKeystreamMatchesRfc3711AppendixB2() {
        byte[] counter = SrtpReference.rtpCounter(hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"), 0, 0);
        assertThat(counter).isEqualTo(hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000"));

        byte[] keystream = SrtpReference.aesCtr(hex("2B7E151628AED2A6ABF7158809CF4F3C"), counter, new byte[0xFF02 * 16]);
        assertThat(block(keystream, 0x0000)).isEqualTo(hex("E03EAD0935C95E80E166B16DD92B4EB4"));
        assertThat(block(keystream, 0x0001)).isEqualTo(hex("D23513162B02D0F72A43A2FE4A5F97AB"));
        assertThat(block(keystream, 0x0002)).isEqualTo(hex("41E95B3BB0A2E8DD477901E4FCA894C0"));
        assertThat(block(keystream, 0xFEFF)).isEqualTo(hex("EC8CDF7398607CB0F2D21675EA9EA1E4"));
        assertThat(block(keystream, 0xFF00)).isEqualTo(hex("362B7C3C6773516318A077D7FC5073AE"));
        assertThat(block(keystream, 0xFF01)).isEqualTo(hex("6A2CC3787889374FBEB4C81B17BA6C44"));
    }

    @Test
    void referenceKeyDerivationMatchesRfc3711AppendixB3() {
        assertThat(SrtpReference.kdf(B3_MASTER_KEY, B3_MASTER_SALT, 0, 16)).isEqualTo(B3_CIPHER_KEY);
        assertThat(SrtpReference.kdf(B3_MASTER_KEY, B3_MASTER_SALT, 2, 14)).isEqualTo(B3_CIPHER_SALT);
        assertThat(SrtpReference.kdf(B3_MASTER_KEY, B3_MASTER_SALT, 1, 20)).isEqualTo(B3_AUTH_KEY);
    }

    @Test
    void referenceGcmMatchesRfc7714Vectors() {
        assertThat(SrtpReference.protectRtpGcm(GCM_KEY, GCM_SALT, GCM_RTP, 0)).isEqualTo(GCM_SRTP);
        assertThat(SrtpReference.protectRtcpGcm(GCM_KEY, GCM_SALT, GCM_RTCP, GCM_SRTCP_INDEX)).isEqualTo(GCM_SRTCP);
    }

    @Test
    void sessionWithAppendixB3MasterKeyEncryptsUnderTheRfcSessionKeys() {
        SrtpKeys b3 = new SrtpKeys(SrtpSuite.AES_CM_128_HMAC_SHA1_80, B3_MASTER_KEY, B3_MASTER_SALT);
        byte[] expected = SrtpReference.protectRtpCm(B3_CIPHER_KEY, B3_CIPHER_SALT, B3_AUTH_KEY, 10, RTP, 0);

        byte[] wire = protectRtp(sender(b3), RTP);

        assertThat(wire).isEqualTo(expected);
        assertThat(unprotectRtp(receiver(b3), wire)).isEqualTo(RTP);
    }

    @Test
    void shortTagSuiteCutsOnlyTheRtpTagOfTheSameHmac() {
        SrtpKeys b3 = new SrtpKeys(SrtpSuite.AES_CM_128_HMAC_SHA1_32, B3_MASTER_KEY, B3_MASTER_SALT);
        byte[] expected = SrtpReference.protectRtpCm(B3_CIPHER_KEY, B3_CIPHER_SALT, B3_AUTH_KEY, 4, RTP, 0);

        byte[] wire = protectRtp(sender(b3), RTP);

        assertThat(wire).isEqualTo(expected).hasSize(RTP.length + 4);
        assertThat(unprotectRtp(receiver(b3), wire)).isEqualTo(RTP);
    }

    @Test
    void srtcpUsesTheRtcpLabelsAndAFullLengthTagForBothCmSuites() {
        for (SrtpSuite suite : new SrtpSuite[] {SrtpSuite.AES_CM_128_HMAC_SHA1_80, SrtpSuite.AES_CM_128_HMAC_SHA1_32}) {
            SrtpKeys b3 = new SrtpKeys(suite, B3_MASTER_KEY, B3_MASTER_SALT);
            byte[] expected = SrtpReference.protectRtcpCm(
                    SrtpReference.kdf(B3_MASTER_KEY, B3_MASTER_SALT, 3, 16),
                    SrtpReference.kdf(B3_MASTER_KEY, B3_MASTER_SALT, 5, 14),
                    SrtpReference.kdf(B3_MASTER_KEY, B3_MASTER_SALT, 4, 20), 10, RTCP, 0);

            byte[] wire = protectRtcp(sender(b3), RTCP);

            assertThat(wire).as(suite.name()).isEqualTo(expected).hasSize(RTCP.length + 14);
            assertThat(unprotectRtcp(receiver(b3), wire)).isEqualTo(RTCP);
        }
    }

    @Test
    void gcmSessionProducesTheRfc7714PacketLayoutUnderItsDerivedKeys() {
        byte[] masterKey = hex("00112233445566778899AABBCCDDEEFF");
        byte[] masterSalt = hex("0123456789ABCDEF01234567");
        SrtpKeys keys = new SrtpKeys(SrtpSuite.AEAD_AES_128_GCM, masterKey, masterSalt);
        byte[] expected = SrtpReference.protectRtpGcm(SrtpReference.kdf(masterKey, masterSalt, 0, 16),
                SrtpReference.kdf(masterKey, masterSalt, 2, 12), GCM_RTP, 0);

        byte[] wire = protectRtp(sender(keys), GCM_RTP);

        assertThat(wire).isEqualTo(expected).hasSize(GCM_RTP.length + 16);
        assertThat(unprotectRtp(receiver(keys), wire)).isEqualTo(GCM_RTP);
    }

    @Test
    void gcmSrtcpAtTheRfc7714IndexMatchesTheReference() {
        byte[] masterKey = hex("FFEEDDCCBBAA99887766554433221100");
        byte[] masterSalt = hex("76543210FEDCBA9876543210");
        SrtpKeys keys = new SrtpKeys(SrtpSuite.AEAD_AES_128_GCM, masterKey, masterSalt);
        SrtpSession sender = sender(keys);
        for (int i = 0; i < GCM_SRTCP_INDEX; i++) {
            protectRtcp(sender, GCM_RTCP); // SRTCP indices are implicit: walk up to the RFC's one
        }
        byte[] expected = SrtpReference.protectRtcpGcm(SrtpReference.kdf(masterKey, masterSalt, 3, 16),
                SrtpReference.kdf(masterKey, masterSalt, 5, 12), GCM_RTCP, GCM_SRTCP_INDEX);

        byte[] wire = protectRtcp(sender, GCM_RTCP);

        assertThat(wire).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(wire, wire.length - 4, wire.length)).isEqualTo(hex("800005d4"));
        assertThat(unprotectRtcp(receiver(keys), wire)).isEqualTo(GCM_RTCP);
    }

    private static byte[] block(byte[] keystream, int counter) {
        return Arrays.copyOfRange(keystream, counter * 16, counter * 16 + 16);
    }

    private static SrtpSession sender(SrtpKeys keys) {
        return SrtpSession.of(keys, SrtpKeys.random(keys.suite(), new java.security.SecureRandom()));
    }

    private static SrtpSession receiver(SrtpKeys keys) {
        return SrtpSession.of(SrtpKeys.random(keys.suite(), new java.security.SecureRandom()), keys);
    }

    static byte[] protectRtp(SrtpSession session, byte[] rtp) {
        byte[] buffer = Arrays.copyOf(rtp, rtp.length + session.suite().rtpOverhead());
        int length = session.protectRtp(buffer, rtp.length);
        assertThat(length).as("protected length").isPositive();
        return Arrays.copyOf(buffer, length);
    }

    static byte[] unprotectRtp(SrtpSession session, byte[] srtp) {
        byte[] buffer = srtp.clone();
        int length = session.unprotectRtp(buffer, buffer.length);
        assertThat(length).as("unprotected length (negative is an SrtpFailure)").isPositive();
        return Arrays.copyOf(buffer, length);
    }

    static byte[] protectRtcp(SrtpSession session, byte[] rtcp) {
        byte[] buffer = Arrays.copyOf(rtcp, rtcp.length + session.suite().rtcpOverhead());
        int length = session.protectRtcp(buffer, rtcp.length);
        assertThat(length).as("protected length").isPositive();
        return Arrays.copyOf(buffer, length);
    }

    static byte[] unprotectRtcp(SrtpSession session, byte[] srtcp) {
        byte[] buffer = srtcp.clone();
        int length = session.unprotectRtcp(buffer, buffer.length);
        assertThat(length).as("unprotected length (negative is an SrtpFailure)").isPositive();
        return Arrays.copyOf(buffer, length);
    }
}
