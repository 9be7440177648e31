package io.agentbar.sip.media.ice;

import org.ice4j.StunException;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.MessageIntegrityAttribute;
import org.ice4j.attribute.XorMappedAddressAttribute;
import org.ice4j.message.Message;
import org.ice4j.security.CredentialsAuthority;
import org.ice4j.stack.RawMessage;
import org.ice4j.stack.StunStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RFC 5769 test vectors through ice4j's own decoder and integrity check, the code that
 * guards our connectivity checks (security §4.2 #7; ice4j's test suite has no such vectors).
 */
class StunIntegrityTest {
    // RFC 5769 §2.1-2.3 short-term credential (the ICE ice-pwd of the "evtj" side).
    private static final String PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";
    private static final String LONG_TERM_USER = "\u30de\u30c8\u30ea\u30c3\u30af\u30b9";
    private static final String REALM = "example.org";
    // "The<U+00AD>M<U+00AA>tr<U+2168>x" after SASLprep, as RFC 5769 §2.4 states.
    private static final String LONG_TERM_PASSWORD = "TheMatrIX";

    private static final byte[] REQUEST = hex("""
            000100582112a442b7e7a701bc34d686fa87dfae
            802200105354554e207465737420636c69656e74
            002400046e0001ff80290008932ff9b151263b36
            000600096576746a3a6836765920202000080014
            9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2
            80280004e57a3bcf""");
    private static final byte[] IPV4_RESPONSE = hex("""
            0101003c2112a442b7e7a701bc34d686fa87dfae
            8022000b7465737420766563746f722000200008
            0001a147e112a643000800142b91f599fd9e90c3
            8c7489f92af9ba53f06be7d780280004c07d4c96""");
    private static final byte[] IPV6_RESPONSE = hex("""
            010100482112a442b7e7a701bc34d686fa87dfae
            8022000b7465737420766563746f722000200014
            0002a1470113a9faa5d3f179bc25f4b5bed2b9d9
            00080014a382954e4be67bf11784c97c8292c275
            bfe3ed4180280004c8fb0b4c""");
    private static final byte[] LONG_TERM_REQUEST = hex("""
            000100602112a44278ad3433c6ad72c029da412e
            00060012e3839ee38388e383aae38383e382afe3
            82b900000015001c662f2f3439396b3935346436
            4f4c33346f4c39465354767936347341
            0014000b6578616d706c652e6f72670000080014
            f67024656dd64a3e02b8e0712e85c9a28ca89666""");

    private static StunStack stack;

    @BeforeAll
    static void startStack() {
        stack = new StunStack();
        stack.getCredentialsManager().registerAuthority(new VectorCredentials());
    }

    @AfterAll
    static void stopStack() {
        stack.shutDown();
    }

    @Test
    void sampleRequestPassesFingerprintAndShortTermIntegrity() throws Exception {
        Message request = Message.decode(REQUEST, 0, REQUEST.length);

        assertThat(request.getMessageType()).isEqualTo(Message.BINDING_REQUEST);
        assertThat(integrityValid(request, "evtj:h6vY", true, REQUEST)).isTrue();
    }

    @Test
    void sampleIpv4ResponseCarriesTheMappedAddressAndValidIntegrity() throws Exception {
        Message response = Message.decode(IPV4_RESPONSE, 0, IPV4_RESPONSE.length);

        assertThat(mappedAddress(response)).isEqualTo(new InetSocketAddress("192.0.2.1", 32853));
        assertThat(integrityValid(response, "evtj:h6vY", true, IPV4_RESPONSE)).isTrue();
    }

    @Test
    void sampleIpv6ResponseCarriesTheMappedAddressAndValidIntegrity() throws Exception {
        Message response = Message.decode(IPV6_RESPONSE, 0, IPV6_RESPONSE.length);

        assertThat(mappedAddress(response))
                .isEqualTo(new InetSocketAddress("2001:db8:1234:5678:11:2233:4455:6677", 32853));
        assertThat(integrityValid(response, "evtj:h6vY", true, IPV6_RESPONSE)).isTrue();
    }

    @Test
    void sampleLongTermRequestPassesIntegrityWithTheMd5Key() throws Exception {
        Message request = Message.decode(LONG_TERM_REQUEST, 0, LONG_TERM_REQUEST.length);

        assertThat(integrityValid(request, LONG_TERM_USER, false, LONG_TERM_REQUEST)).isTrue();
    }

    @Test
    void oneFlippedByteFailsTheFingerprint() {
        byte[] tampered = REQUEST.clone();
        tampered[24] ^= 0x01; // inside SOFTWARE, covered by FINGERPRINT

        assertThatThrownBy(() -> Message.decode(tampered, 0, tampered.length))
                .isInstanceOf(StunException.class)
                .hasMessageContaining("FINGERPRINT");
    }

    @Test
    void oneFlippedByteFailsMessageIntegrity() throws Exception {
        // §2.4 has no FINGERPRINT, so only the HMAC can notice the change.
        byte[] tampered = LONG_TERM_REQUEST.clone();
        tampered[50] ^= 0x01; // inside NONCE

        Message request = Message.decode(tampered, 0, tampered.length);

        assertThat(integrityValid(request, LONG_TERM_USER, false, tampered)).isFalse();
    }

    @Test
    void wrongPasswordFailsMessageIntegrity() throws Exception {
        Message request = Message.decode(REQUEST, 0, REQUEST.length);

        assertThat(integrityValid(request, "bad0:h6vY", true, REQUEST)).isFalse();
    }

    private static boolean integrityValid(Message message, String username, boolean shortTerm, byte[] raw) {
        MessageIntegrityAttribute integrity =
                (MessageIntegrityAttribute) message.getAttribute(Attribute.MESSAGE_INTEGRITY);
        assertThat(integrity).as("MESSAGE-INTEGRITY present").isNotNull();
        TransportAddress peer = new TransportAddress("192.0.2.1", 32853, Transport.UDP);
        return stack.validateMessageIntegrity(integrity, username, shortTerm,
                RawMessage.build(raw, raw.length, peer, peer));
    }

    private static InetSocketAddress mappedAddress(Message message) {
        XorMappedAddressAttribute xor =
                (XorMappedAddressAttribute) message.getAttribute(Attribute.XOR_MAPPED_ADDRESS);
        TransportAddress a = xor.getAddress(message.getTransactionID());
        return new InetSocketAddress(a.getAddress(), a.getPort());
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    /** The vectors' keys: the ice-pwd for "evtj", MD5(user:realm:pass) for §2.4, a near miss for "bad0". */
    private static final class VectorCredentials implements CredentialsAuthority {
        @Override
        public byte[] getLocalKey(String username) {
            if (username.equals("evtj")) {
                return PASSWORD.getBytes(StandardCharsets.UTF_8);
            }
            if (username.equals("bad0")) {
                return "VOkJxbRl1RmTxUk/WvJxBu".getBytes(StandardCharsets.UTF_8);
            }
            if (username.equals(LONG_TERM_USER)) {
                return md5(LONG_TERM_USER + ":" + REALM + ":" + LONG_TERM_PASSWORD);
            }
            return null;
        }

        @Override
        public byte[] getRemoteKey(String username, String media) {
            return getLocalKey(username);
        }

        @Override
        public boolean checkLocalUserName(String username) {
            return getLocalKey(username) != null;
        }

        private static byte[] md5(String text) {
            try {
                return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
