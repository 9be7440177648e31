package io.agentbar.audio;

import io.agentbar.audio.codec.AudioCodecs;
import io.agentbar.audio.codec.OpusSettings;
import io.agentbar.core.media.Codec;

import java.time.Duration;
import java.util.List;

/**
 * How the engine runs calls.
 *
 * @param codecs               audio codecs in preference order (what {@code AudioEngine.codecs()} offers)
 * @param opus                 Opus encoder settings
 * @param rtpTimeout           silence after which {@code RtpTimedOut} is reported
 * @param rtcpInterval         mean interval between our RTCP reports (randomised ±50 %, RFC 3550 §6.2)
 * @param minJitterDelayMillis lower bound of the jitter buffer's target delay
 * @param maxJitterDelayMillis upper bound of the jitter buffer's target delay
 */
public record AudioSettings(List<Codec> codecs, OpusSettings opus, Duration rtpTimeout, Duration rtcpInterval,
                            int minJitterDelayMillis, int maxJitterDelayMillis) {
    public AudioSettings {
        codecs = List.copyOf(codecs);
        if (codecs.isEmpty() || !codecs.stream().allMatch(AudioCodecs::supports)) {
            throw new IllegalArgumentException("codecs must be a non-empty list of OPUS, PCMU, PCMA: " + codecs);
        }
        if (rtpTimeout.isNegative() || rtpTimeout.isZero() || rtcpInterval.isNegative() || rtcpInterval.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (minJitterDelayMillis < 20 || maxJitterDelayMillis < minJitterDelayMillis || maxJitterDelayMillis > 500) {
            throw new IllegalArgumentException("jitter delay bounds must satisfy 20 <= min <= max <= 500");
        }
    }

    /** Opus, PCMU, PCMA; Opus at 32 kb/s, complexity 8; 30 s RTP timeout; 5 s RTCP; 40–200 ms jitter buffer. */
    public static AudioSettings defaults() {
        return new AudioSettings(List.of(Codec.OPUS, Codec.PCMU, Codec.PCMA), OpusSettings.defaults(),
                Duration.ofSeconds(30), Duration.ofSeconds(5), 40, 200);
    }

    public AudioSettings withCodecs(List<Codec> preferences) {
        return new AudioSettings(preferences, opus, rtpTimeout, rtcpInterval, minJitterDelayMillis, maxJitterDelayMillis);
    }

    public AudioSettings withOpus(OpusSettings settings) {
        return new AudioSettings(codecs, settings, rtpTimeout, rtcpInterval, minJitterDelayMillis, maxJitterDelayMillis);
    }

    public AudioSettings withRtpTimeout(Duration timeout) {
        return new AudioSettings(codecs, opus, timeout, rtcpInterval, minJitterDelayMillis, maxJitterDelayMillis);
    }

    public AudioSettings withRtcpInterval(Duration interval) {
        return new AudioSettings(codecs, opus, rtpTimeout, interval, minJitterDelayMillis, maxJitterDelayMillis);
    }

    public AudioSettings withJitterDelay(int minMillis, int maxMillis) {
        return new AudioSettings(codecs, opus, rtpTimeout, rtcpInterval, minMillis, maxMillis);
    }
}
