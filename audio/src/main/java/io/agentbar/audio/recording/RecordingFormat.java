package io.agentbar.audio.recording;

/** How a recording is stored: both are 48 kHz stereo, agent left and customer right. */
public enum RecordingFormat {
    /** Opus in Ogg (RFC 7845), 64 kb/s stereo: about 0.5 MB per minute. The default. */
    OGG_OPUS("opus"),
    /** 16-bit PCM WAV: about 11.5 MB per minute, for tools that cannot read Opus. */
    WAV("wav");

    private final String extension;

    RecordingFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
