package io.agentbar.audio.codec;

import io.agentbar.core.media.Codec;

/** Creates encoders and decoders for the negotiated codec. */
public final class AudioCodecs {
    private AudioCodecs() {
    }

    /** Whether this module can run {@code codec} as the audio of a call. */
    public static boolean supports(Codec codec) {
        return codec == Codec.OPUS || codec == Codec.PCMU || codec == Codec.PCMA;
    }

    public static AudioEncoder encoder(Codec codec, OpusSettings opus) {
        return switch (codec) {
            case OPUS -> new OpusAudioEncoder(opus);
            case PCMU -> new G711Encoder(G711.Law.MU);
            case PCMA -> new G711Encoder(G711.Law.A);
            case TELEPHONE_EVENT -> throw new IllegalArgumentException("telephone-event is not an audio codec");
        };
    }

    public static AudioDecoder decoder(Codec codec) {
        return switch (codec) {
            case OPUS -> new OpusAudioDecoder();
            case PCMU -> new G711Decoder(G711.Law.MU);
            case PCMA -> new G711Decoder(G711.Law.A);
            case TELEPHONE_EVENT -> throw new IllegalArgumentException("telephone-event is not an audio codec");
        };
    }
}
