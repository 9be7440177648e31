package io.agentbar.core.media;

import java.util.Locale;
import java.util.Optional;

/** Audio payloads AgentBar can negotiate. Static payload types per RFC 3551; Opus is dynamic. */
public enum Codec {
    OPUS("opus", 48000, 2, -1),
    PCMU("PCMU", 8000, 1, 0),
    PCMA("PCMA", 8000, 1, 8),
    TELEPHONE_EVENT("telephone-event", 8000, 1, -1);

    private final String encodingName;
    private final int clockRate;
    private final int channels;
    private final int staticPayloadType;

    Codec(String encodingName, int clockRate, int channels, int staticPayloadType) {
        this.encodingName = encodingName;
        this.clockRate = clockRate;
        this.channels = channels;
        this.staticPayloadType = staticPayloadType;
    }

    /** The name in {@code a=rtpmap}. */
    public String encodingName() {
        return encodingName;
    }

    public int clockRate() {
        return clockRate;
    }

    /** Channels in {@code a=rtpmap}; Opus always says 2 (RFC 7587) even when mono is sent. */
    public int channels() {
        return channels;
    }

    public Optional<Integer> staticPayloadType() {
        return staticPayloadType < 0 ? Optional.empty() : Optional.of(staticPayloadType);
    }

    public boolean isAudio() {
        return this != TELEPHONE_EVENT;
    }

    public static Optional<Codec> byEncodingName(String name, int clockRate) {
        for (Codec c : values()) {
            if (c.encodingName.equalsIgnoreCase(name) && c.clockRate == clockRate) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<Codec> byStaticPayloadType(int pt) {
        for (Codec c : values()) {
            if (c.staticPayloadType == pt) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Parses a user's codec choice such as {@code opus}, {@code pcmu} or {@code pcma}. */
    public static Codec parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "OPUS" -> OPUS;
            case "PCMU", "ULAW", "G711U" -> PCMU;
            case "PCMA", "ALAW", "G711A" -> PCMA;
            default -> throw new IllegalArgumentException("unknown codec '" + text + "' (expected opus, pcmu or pcma)");
        };
    }
}
