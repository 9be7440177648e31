package io.agentbar.sip.media.srtp;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static io.agentbar.sip.media.srtp.CryptoAttributeTest.KEY_80;
import static io.agentbar.sip.media.srtp.SrtpSessionTest.rtp;
import static io.agentbar.sip.media.srtp.SrtpVectorsTest.protectRtp;
import static io.agentbar.sip.media.srtp.SrtpVectorsTest.unprotectRtp;
import static org.assertj.core.api.Assertions.assertThat;

class SdesNegotiationTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_GCM = Base64.getEncoder().encodeToString(new byte[28]).replace('A', 'Q');

    @Test
    void offersOurThreeSuitesInPreferenceOrderEachWithItsOwnKey() {
        List<String> offer = SdesNegotiation.offer(RANDOM);

        List<CryptoAttribute> parsed = offer.stream().map(l -> CryptoAttribute.parse(l).orElseThrow()).toList();
        assertThat(parsed).extracting(CryptoAttribute::tag).containsExactly(1, 2, 3);
        assertThat(parsed).extracting(CryptoAttribute::suite).containsExactly(SrtpSuite.AES_CM_128_HMAC_SHA1_80,
                SrtpSuite.AEAD_AES_128_GCM, SrtpSuite.AES_CM_128_HMAC_SHA1_32);
        assertThat(parsed).extracting(CryptoAttribute::keys).doesNotHaveDuplicates();
        assertThat(offer).allSatisfy(line -> assertThat(line).doesNotContain("|", " KDR", " WSH"));
    }

    @Test
    void answersTheFirstAcceptableLineInTheOfferersOrder() {
        List<String> rtpengineStyle = List.of(
                "1 AEAD_AES_256_GCM inline:" + KEY_80 + KEY_80.substring(0, 16),
                "2 AEAD_AES_128_GCM inline:" + KEY_GCM,
                "3 AES_256_CM_HMAC_SHA1_80 inline:" + KEY_80 + KEY_80,
                "4 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80,
                "5 F8_128_HMAC_SHA1_80 inline:" + KEY_80,
                "6 NULL_HMAC_SHA1_80 inline:" + KEY_80);

        SdesAnswer answer = SdesNegotiation.answer(rtpengineStyle, RANDOM).orElseThrow();

        CryptoAttribute ours = CryptoAttribute.parse(answer.line()).orElseThrow();
        assertThat(ours.tag()).isEqualTo(2);
        assertThat(ours.suite()).isEqualTo(SrtpSuite.AEAD_AES_128_GCM);
        assertThat(answer.keys().remote()).isEqualTo(CryptoAttribute.parse(rtpengineStyle.get(1)).orElseThrow().keys());
        assertThat(answer.keys().local()).isEqualTo(ours.keys()).isNotEqualTo(answer.keys().remote());
    }

    @Test
    void skipsMalformedLinesAndTakesTheNextGoodOne() {
        List<String> offer = List.of(
                "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|2^20|1:4",
                "2 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + " UNENCRYPTED_SRTP",
                "3 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "AAAA",
                "4 AES_CM_128_HMAC_SHA1_32 inline:" + KEY_80 + "|2^31");

        SdesAnswer answer = SdesNegotiation.answer(offer, RANDOM).orElseThrow();

        assertThat(answer.line()).startsWith("4 AES_CM_128_HMAC_SHA1_32 inline:");
        assertThat(answer.keys().suite()).isEqualTo(SrtpSuite.AES_CM_128_HMAC_SHA1_32);
    }

    @Test
    void duplicateTagsRefuseTheWholeOffer() {
        List<String> offer = List.of(
                "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80,
                "1 AES_CM_128_HMAC_SHA1_32 inline:" + KEY_80);

        assertThat(SdesNegotiation.answer(offer, RANDOM)).isEmpty();
    }

    @Test
    void offerWithNothingAcceptableHasNoAnswer() {
        assertThat(SdesNegotiation.answer(List.of("1 AEAD_AES_256_GCM inline:" + KEY_80), RANDOM)).isEmpty();
        assertThat(SdesNegotiation.answer(List.of(), RANDOM)).isEmpty();
    }

    @Test
    void offererLearnsBothKeysFromTheAnswer() {
        List<String> offer = SdesNegotiation.offer(RANDOM);
        SdesAnswer answer = SdesNegotiation.answer(offer, RANDOM).orElseThrow();

        SrtpKeyPair keys = SdesNegotiation.keysFromAnswer(offer, List.of(answer.line())).orElseThrow();

        assertThat(keys.local()).isEqualTo(CryptoAttribute.parse(offer.getFirst()).orElseThrow().keys());
        assertThat(keys.remote()).isEqualTo(answer.keys().local());
        assertThat(answer.keys().remote()).isEqualTo(keys.local());
    }

    @Test
    void negotiatedKeysCarryMediaBothWays() {
        List<String> offer = SdesNegotiation.offer(RANDOM);
        SdesAnswer answer = SdesNegotiation.answer(offer.subList(1, 3), RANDOM).orElseThrow(); // GCM first
        SrtpSession offerer = SrtpSession.of(SdesNegotiation.keysFromAnswer(offer, List.of(answer.line())).orElseThrow());
        SrtpSession answerer = SrtpSession.of(answer.keys());

        byte[] there = rtp(0x0FFE, 1, 160);
        byte[] back = rtp(0x0A45, 1, 160);
        assertThat(offerer.suite()).isEqualTo(SrtpSuite.AEAD_AES_128_GCM);
        assertThat(unprotectRtp(answerer, protectRtp(offerer, there))).isEqualTo(there);
        assertThat(unprotectRtp(offerer, protectRtp(answerer, back))).isEqualTo(back);
    }

    @Test
    void answerThatDoesNotFitTheOfferIsRefused() {
        List<String> offer = SdesNegotiation.offer(RANDOM);
        String ourFirstKey = offer.getFirst().substring(offer.getFirst().indexOf("inline:"));

        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of("9 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80)))
                .as("tag never offered").isEmpty();
        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of("1 AES_CM_128_HMAC_SHA1_32 inline:" + KEY_80)))
                .as("tag 1 was _80").isEmpty();
        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of("1 AES_CM_128_HMAC_SHA1_80 " + ourFirstKey)))
                .as("our own key reflected").isEmpty();
        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of(
                "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80, "3 AES_CM_128_HMAC_SHA1_32 inline:" + KEY_80)))
                .as("two answers").isEmpty();
        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80 + "|1:1")))
                .as("MKI").isEmpty();
        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of())).as("no answer").isEmpty();
        assertThat(SdesNegotiation.keysFromAnswer(offer, List.of("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80)))
                .as("the well-formed control case").isPresent();
    }

    @Test
    void answerToStringHidesOurKey() {
        SdesAnswer answer = SdesNegotiation.answer(List.of("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_80), RANDOM)
                .orElseThrow();
        String ourKey = answer.line().substring(answer.line().indexOf("inline:") + 7);

        assertThat(answer.toString()).doesNotContain(ourKey, KEY_80).contains("<redacted>");
    }
}
