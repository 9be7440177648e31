package io.agentbar.core.media;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 3264 offer/answer for one audio stream, as pure functions over {@link MediaDescription}s.
 * The answerer keeps the offerer's payload type numbers (RFC 3264 §6.1) and orders the formats by
 * its own preference, so the agent's configured codec wins whenever the caller offers it.
 */
public final class OfferAnswer {
    /** Dynamic payload types we use when we are the offerer (the common WebRTC numbers). */
    public static final int OPUS_PAYLOAD_TYPE = 111;
    public static final int TELEPHONE_EVENT_PAYLOAD_TYPE = 101;

    private OfferAnswer() {
    }

    /** Our offer: the given audio codecs in preference order, then telephone-event. */
    public static MediaDescription offer(InetSocketAddress localRtp, List<Codec> preferences, MediaDirection direction) {
        List<PayloadFormat> formats = new ArrayList<>();
        for (Codec c : preferences) {
            if (c == Codec.OPUS) {
                formats.add(PayloadFormat.opus(OPUS_PAYLOAD_TYPE));
            } else if (c.isAudio()) {
                formats.add(PayloadFormat.staticFormat(c));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no audio codec to offer");
        }
        formats.add(PayloadFormat.telephoneEvent(TELEPHONE_EVENT_PAYLOAD_TYPE));
        return new MediaDescription(localRtp, null, formats, direction, 20);
    }

    /** The result of answering an offer: our answer and what we will run. */
    public record Answer(MediaDescription local, NegotiatedMedia media) {
    }

    /**
     * Answers a remote offer.
     *
     * @return empty when no common audio codec exists (the caller answers 488)
     */
    public static Optional<Answer> answer(MediaDescription remoteOffer, List<Codec> supported, InetSocketAddress localRtp) {
        if (remoteOffer.rejected()) {
            return Optional.empty();
        }
        Optional<PayloadFormat> audio = supported.stream()
                .filter(Codec::isAudio)
                .map(remoteOffer::format)
                .flatMap(Optional::stream)
                .findFirst();
        if (audio.isEmpty()) {
            return Optional.empty();
        }
        Optional<PayloadFormat> events = remoteOffer.format(Codec.TELEPHONE_EVENT);
        List<PayloadFormat> formats = new ArrayList<>();
        formats.add(audio.get());
        events.ifPresent(formats::add);
        MediaDirection ours = remoteOffer.direction().answerTo();
        MediaDescription local = new MediaDescription(localRtp, null, formats, ours, remoteOffer.ptimeMillis());
        NegotiatedMedia media = new NegotiatedMedia(audio.get(), events, remoteOffer.rtp(), remoteOffer.rtcp(),
                ours, remoteOffer.ptimeMillis());
        return Optional.of(new Answer(local, media));
    }

    /**
     * Completes our offer with the remote answer.
     *
     * @return empty when the answer picked nothing we offered
     */
    public static Optional<NegotiatedMedia> complete(MediaDescription localOffer, MediaDescription remoteAnswer) {
        if (remoteAnswer.rejected()) {
            return Optional.empty();
        }
        Optional<PayloadFormat> audio = remoteAnswer.formats().stream()
                .filter(f -> f.codec().isAudio())
                .filter(f -> localOffer.format(f.codec()).isPresent())
                .findFirst();
        if (audio.isEmpty()) {
            return Optional.empty();
        }
        Optional<PayloadFormat> events = remoteAnswer.format(Codec.TELEPHONE_EVENT)
                .filter(f -> localOffer.format(Codec.TELEPHONE_EVENT).isPresent());
        MediaDirection ours = remoteAnswer.direction().answerTo();
        return Optional.of(new NegotiatedMedia(audio.get(), events, remoteAnswer.rtp(), remoteAnswer.rtcp(),
                ours, remoteAnswer.ptimeMillis()));
    }
}
