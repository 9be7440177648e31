package io.agentbar.sip;

import io.agentbar.core.media.AudioEngine;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaStatistics;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.NegotiatedMedia;

import java.util.List;

/** Audio that plays and records nothing: signalling is under test here. */
final class SilentAudio implements AudioEngine {
    @Override
    public List<Codec> codecs() {
        return List.of(Codec.PCMU);
    }

    @Override
    public MediaSession start(String callId, NegotiatedMedia media, MediaTransport transport,
                              java.util.function.Consumer<MediaEvent> events) {
        return new MediaSession() {
            @Override
            public void setMicrophoneMuted(boolean muted) {
            }

            @Override
            public void setSpeakerMuted(boolean muted) {
            }

            @Override
            public void sendDtmf(char digit) {
            }

            @Override
            public MediaStatistics statistics() {
                return MediaStatistics.EMPTY;
            }

            @Override
            public void close() {
                transport.close();
            }
        };
    }

    @Override
    public void close() {
    }
}
