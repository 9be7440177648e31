package io.agentbar.core.media;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfferAnswerTest {
    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress REMOTE = new InetSocketAddress("127.0.0.1", 31000);

    @Test
    void offerListsCodecsThenTelephoneEvent() {
        MediaDescription offer = OfferAnswer.offer(LOCAL, List.of(Codec.OPUS, Codec.PCMU), MediaDirection.SENDRECV);
        assertThat(offer.formats()).extracting(PayloadFormat::payloadType).containsExactly(111, 0, 101);
        assertThat(offer.format(Codec.OPUS).orElseThrow().fmtp()).contains("useinbandfec=1");
        assertThat(offer.rtcp().getPort()).isEqualTo(40001);
    }

    @Test
    void answerKeepsOffererPayloadTypesAndOurPreference() {
        MediaDescription remote = new MediaDescription(REMOTE, null, List.of(
                new PayloadFormat(0, Codec.PCMU, ""), new PayloadFormat(96, Codec.OPUS, ""),
                new PayloadFormat(100, Codec.TELEPHONE_EVENT, "0-15")), MediaDirection.SENDRECV, 20);
        OfferAnswer.Answer answer = OfferAnswer.answer(remote, List.of(Codec.OPUS, Codec.PCMU), LOCAL).orElseThrow();
        assertThat(answer.media().audio()).isEqualTo(new PayloadFormat(96, Codec.OPUS, ""));
        assertThat(answer.media().telephoneEvent()).map(PayloadFormat::payloadType).contains(100);
        assertThat(answer.local().formats()).extracting(PayloadFormat::payloadType).containsExactly(96, 100);
        assertThat(answer.media().remoteRtp()).isEqualTo(REMOTE);
    }

    @Test
    void answerMirrorsDirection() {
        MediaDescription remote = new MediaDescription(REMOTE, null, List.of(new PayloadFormat(8, Codec.PCMA, "")),
                MediaDirection.SENDONLY, 20);
        OfferAnswer.Answer answer = OfferAnswer.answer(remote, List.of(Codec.PCMA), LOCAL).orElseThrow();
        assertThat(answer.local().direction()).isEqualTo(MediaDirection.RECVONLY);
    }

    @Test
    void noCommonCodecGivesNoAnswer() {
        MediaDescription remote = new MediaDescription(REMOTE, null, List.of(new PayloadFormat(8, Codec.PCMA, "")),
                MediaDirection.SENDRECV, 20);
        assertThat(OfferAnswer.answer(remote, List.of(Codec.OPUS, Codec.PCMU), LOCAL)).isEmpty();
    }

    @Test
    void completeTakesTheAnswerersChoice() {
        MediaDescription offer = OfferAnswer.offer(LOCAL, List.of(Codec.OPUS, Codec.PCMU, Codec.PCMA), MediaDirection.SENDRECV);
        MediaDescription answer = new MediaDescription(REMOTE, null, List.of(new PayloadFormat(0, Codec.PCMU, ""),
                new PayloadFormat(101, Codec.TELEPHONE_EVENT, "0-16")), MediaDirection.SENDRECV, 20);
        NegotiatedMedia media = OfferAnswer.complete(offer, answer).orElseThrow();
        assertThat(media.codec()).isEqualTo(Codec.PCMU);
        assertThat(media.telephoneEvent()).isPresent();
    }

    @Test
    void completeRefusesAnAnswerWithWhatWeDidNotOffer() {
        MediaDescription offer = OfferAnswer.offer(LOCAL, List.of(Codec.PCMU), MediaDirection.SENDRECV);
        MediaDescription answer = new MediaDescription(REMOTE, null, List.of(new PayloadFormat(8, Codec.PCMA, "")),
                MediaDirection.SENDRECV, 20);
        assertThat(OfferAnswer.complete(offer, answer)).isEmpty();
    }

    @Test
    void rejectedStreamGivesNothing() {
        MediaDescription offer = OfferAnswer.offer(LOCAL, List.of(Codec.PCMU), MediaDirection.SENDRECV);
        MediaDescription answer = new MediaDescription(new InetSocketAddress("127.0.0.1", 0), null,
                List.of(new PayloadFormat(0, Codec.PCMU, "")), MediaDirection.SENDRECV, 20);
        assertThat(OfferAnswer.complete(offer, answer)).isEmpty();
    }
}
