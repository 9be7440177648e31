package io.agentbar.sip.sdp;

import io.agentbar.core.media.MediaDescription;

import java.util.List;
import java.util.Objects;

/**
 * A parsed offer or answer: the audio stream we use, plus the layout of all m-lines so an answer
 * can mirror them (RFC 3264 §6: one m-line per offered m-line, in order).
 *
 * @param audio      the first usable audio stream
 * @param audioIndex its position among {@code mediaLines}
 * @param mediaLines every m-line as offered
 */
public record SessionDescription(MediaDescription audio, int audioIndex, List<MediaLine> mediaLines) {
    public SessionDescription {
        Objects.requireNonNull(audio, "audio");
        mediaLines = List.copyOf(mediaLines);
        if (audioIndex < 0 || audioIndex >= mediaLines.size()) {
            throw new IllegalArgumentException("audio index out of range: " + audioIndex);
        }
    }

    /** The transport protocol of the audio m-line, e.g. {@code RTP/AVP}. */
    public String audioProtocol() {
        return mediaLines.get(audioIndex).protocol();
    }

    /**
     * One {@code m=} line.
     *
     * @param media    audio, video, application...
     * @param port     0 when rejected
     * @param protocol RTP/AVP, UDP/TLS/RTP/SAVPF...
     * @param formats  the format tokens as written
     */
    public record MediaLine(String media, int port, String protocol, List<String> formats) {
        public MediaLine {
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(protocol, "protocol");
            formats = List.copyOf(formats);
        }
    }
}
