package io.agentbar.sip.media.srtp;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An independent, deliberately naive SRTP written straight from the RFC text with the JDK's AES,
 * HMAC and GCM: the yardstick our jitsi-srtp based session is measured against. It is itself
 * pinned to the RFC test vectors in {@link SrtpVectorsTest}.
 */
final class SrtpReference {
    static final int RTP_HEADER = 12;

    private SrtpReference() {
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    /**
     * RFC 3711 §4.3.1 with key_derivation_rate 0: x = label·2^48 XOR master_salt, keystream from
     * AES-CM at IV x·2^16. A 96-bit GCM salt sits left-aligned with zeros after it (RFC 7714 §11).
     */
    static byte[] kdf(byte[] masterKey, byte[] masterSalt, int label, int length) {
        byte[] iv = new byte[16];
        System.arraycopy(masterSalt, 0, iv, 0, masterSalt.length);
        iv[7] ^= (byte) label;
        return aesCtr(masterKey, iv, new byte[length]);
    }

    static byte[] aesCtr(byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return aes.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** RFC 3711 §4.1.1: IV = (k_s·2^16) XOR (SSRC·2^64) XOR (i·2^16). */
    static byte[] rtpCounter(byte[] sessionSalt, int ssrc, long index) {
        byte[] iv = Arrays.copyOf(sessionSalt, 16);
        for (int i = 0; i < 4; i++) {
            iv[4 + i] ^= (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < 6; i++) {
            iv[8 + i] ^= (byte) (index >>> (40 - 8 * i));
        }
        return iv;
    }

    static byte[] protectRtpCm(byte[] encKey, byte[] salt, byte[] authKey, int tagLength, byte[] rtp, int roc) {
        int ssrc = ByteBuffer.wrap(rtp, 8, 4).getInt();
        long index = ((long) roc << 16) | (((rtp[2] & 0xFF) << 8) | (rtp[3] & 0xFF));
        byte[] payload = Arrays.copyOfRange(rtp, RTP_HEADER, rtp.length);
        byte[] out = concat(Arrays.copyOf(rtp, RTP_HEADER), aesCtr(encKey, rtpCounter(salt, ssrc, index), payload));
        byte[] tag = hmacSha1(authKey, concat(out, ByteBuffer.allocate(4).putInt(roc).array()));
        return concat(out, Arrays.copyOf(tag, tagLength));
    }

    /** RFC 3711 §3.4, §4.1.1: SRTCP with the E flag set, index and tag appended. */
    static byte[] protectRtcpCm(byte[] encKey, byte[] salt, byte[] authKey, int tagLength, byte[] rtcp, int index) {
        int ssrc = ByteBuffer.wrap(rtcp, 4, 4).getInt();
        byte[] payload = Arrays.copyOfRange(rtcp, 8, rtcp.length);
        byte[] out = concat(Arrays.copyOf(rtcp, 8), aesCtr(encKey, rtpCounter(salt, ssrc, index), payload));
        byte[] eIndex = ByteBuffer.allocate(4).putInt(0x80000000 | index).array();
        out = concat(out, eIndex);
        return concat(out, Arrays.copyOf(hmacSha1(authKey, out), tagLength));
    }

    /** RFC 7714 §8.1, §9.1: IV = (00 00 SSRC ROC SEQ) XOR salt; the header is the AAD. */
    static byte[] protectRtpGcm(byte[] key, byte[] salt, byte[] rtp, int roc) {
        byte[] iv = ByteBuffer.allocate(12).putShort((short) 0).put(rtp, 8, 4).putInt(roc).put(rtp, 2, 2).array();
        byte[] header = Arrays.copyOf(rtp, RTP_HEADER);
        return concat(header, gcm(key, xor(iv, salt), header, Arrays.copyOfRange(rtp, RTP_HEADER, rtp.length)));
    }

    /** RFC 7714 §9.1, §9.2: IV = (00 00 SSRC 00 00 index) XOR salt; AAD = header || E+index. */
    static byte[] protectRtcpGcm(byte[] key, byte[] salt, byte[] rtcp, int index) {
        byte[] iv = ByteBuffer.allocate(12).putShort((short) 0).put(rtcp, 4, 4).putShort((short) 0).putInt(index).array();
        byte[] eIndex = ByteBuffer.allocate(4).putInt(0x80000000 | index).array();
        byte[] header = Arrays.copyOf(rtcp, 8);
        byte[] sealed = gcm(key, xor(iv, salt), concat(header, eIndex), Arrays.copyOfRange(rtcp, 8, rtcp.length));
        return concat(concat(header, sealed), eIndex);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] gcm(byte[] key, byte[] iv, byte[] aad, byte[] plaintext) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            aes.updateAAD(aad);
            return aes.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmacSha1(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] ^= b[i];
        }
        return out;
    }
}
