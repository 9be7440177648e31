package io.agentbar.sip.media.srtp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoAttributeTest {
    /** RFC 4568 §4's example key: 30 bytes, the AES_CM_128 key and salt. */
    static final String KEY_80 = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";

    private final Logger srtpLog = (Logger) LoggerFactory.getLogger("io.agentbar.sip.media.srtp");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureDebugLog() {
        levelBefore = srtpLog.getLevel();
        srtpLog.setLevel(Level.DEBUG);
        srtpLog.setAdditive(false); // keep the captured refusals off the console
        logged.start();
        srtpLog.addAppender(logged);
    }

    @AfterEach
    void restoreLog() {
        srtpLog.detachAppender(logged);
        srtpLog.setAdditive(true);
        srtpLog.setLevel(levelBefore);
    }

    @Test
    void parsesAPlainLineAndFormatsItBack() {
        String line = "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80;

        CryptoAttribute attribute = CryptoAttribute.parse(line).orElseThrow();

        assertThat(attribute.tag()).isEqualTo(1);
        assertThat(attribute.suite()).isEqualTo(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        assertThat(attribute.keys().concatenated()).isEqualTo(Base64.getDecoder().decode(KEY_80));
        assertThat(attribute.lifetime()).isEmpty();
        assertThat(attribute.format()).isEqualTo(line);
    }

    @Test
    void keepsLifetimeAndHarmlessSessionParameters() {
        String line = "7 AES_CM_128_HMAC_SHA1_32 inline:" + KEY_80 + "|2^31 KDR=0 WSH=128";

        CryptoAttribute attribute = CryptoAttribute.parse("  " + line + "\t").orElseThrow();

        assertThat(attribute.tag()).isEqualTo(7);
        assertThat(attribute.lifetime()).contains("2^31");
        assertThat(attribute.sessionParameters()).containsExactly("KDR=0", "WSH=128");
        assertThat(attribute.format()).isEqualTo(line);
    }

    @Test
    void acceptsGcmKeysWithAndWithoutBase64Padding() {
        byte[] keyAndSalt = new byte[28];
        for (int i = 0; i < keyAndSalt.length; i++) {
            keyAndSalt[i] = (byte) i;
        }
        String padded = Base64.getEncoder().encodeToString(keyAndSalt);
        String unpadded = Base64.getEncoder().withoutPadding().encodeToString(keyAndSalt);

        assertThat(CryptoAttribute.parse("2 AEAD_AES_128_GCM inline:" + padded)).isPresent();
        assertThat(CryptoAttribute.parse("2 AEAD_AES_128_GCM inline:" + unpadded).orElseThrow().keys().masterSalt())
                .hasSize(12).startsWith((byte) 16);
    }

    @Test
    void acceptsADecimalLifetime() {
        assertThat(CryptoAttribute.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|1048576"))
                .map(CryptoAttribute::lifetime).contains(Optional.of("1048576"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80,                       // tag 0
            "a1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80,                      // non-numeric tag
            "-1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80,
            "1234567890 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80,              // 10 digits
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "AAAA",              // key too long
            "1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9",  // key too short
            "1 AEAD_AES_128_GCM inline:" + KEY_80,                              // 30 bytes for a 28-byte suite
            "1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwg!!!gewkyMjA7fQp9CnVubGVz", // not base64
            "1 AEAD_AES_256_GCM inline:" + KEY_80,                              // unknown suites
            "1 AES_256_CM_HMAC_SHA1_80 inline:" + KEY_80,
            "1 F8_128_HMAC_SHA1_80 inline:" + KEY_80,
            "1 NULL_HMAC_SHA1_80 inline:" + KEY_80,
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|2^20|1:4",         // MKI
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|1:1",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|2^20|1:4;inline:" + KEY_80, // two keys
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + ";inline:" + KEY_80,
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " UNENCRYPTED_SRTP",  // session parameters
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " UNENCRYPTED_SRTCP",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " UNAUTHENTICATED_SRTP",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " FEC_KEY=inline:" + KEY_80,
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " KDR=24",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " WSH=32",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " MYSTERY=1",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|2^99",             // lifetimes
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|forever",
            "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|2^20|2^21",
            "1 AES_CM_128_HMAC_SHA1_80 outofband:" + KEY_80,                    // key method
            "1 AES_CM_128_HMAC_SHA1_80",                                        // too few fields
            "",
    })
    void refusesLinesWeCannotHonour(String line) {
        assertThat(CryptoAttribute.parse(line)).isEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .isNotEmpty().allSatisfy(message -> assertThat(message).doesNotContain("WVNf", "Wlpa"));
    }

    @Test
    void toStringRedactsTheKeyButKeepsTheRest() {
        CryptoAttribute attribute = CryptoAttribute.parse(
                "3 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|2^31 WSH=64").orElseThrow();

        assertThat(attribute.toString())
                .doesNotContain(KEY_80.substring(0, 8))
                .contains("3", "AES_CM_128_HMAC_SHA1_80", "<redacted>", "2^31", "WSH=64");
    }

    @Test
    void constructorRefusalsNeverQuoteTheKey() {
        SrtpKeys keys = CryptoAttribute.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80).orElseThrow().keys();

        assertThatThrownBy(() -> new CryptoAttribute(0, keys)).hasMessageNotContaining("WVNf");
        assertThatThrownBy(() -> new CryptoAttribute(1, SrtpSuite.AEAD_AES_128_GCM, keys, Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("WVNf");
        assertThatThrownBy(() -> new CryptoAttribute(1, keys.suite(), keys, Optional.empty(), List.of("UNENCRYPTED_SRTP")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("WVNf");
    }
}
