package io.agentbar.audio.device;

import java.util.function.Function;

/**
 * Supplies fresh, unopened devices for each call. The engine opens them on its audio threads
 * and closes them when the call's media stops.
 */
public interface DeviceFactory {
    CaptureDevice capture(String callId);

    PlaybackDevice playback(String callId);

    /** A factory from two functions, e.g. {@code of(id -> new ToneCapture(440), id -> new NullPlayback())}. */
    static DeviceFactory of(Function<String, ? extends CaptureDevice> capture,
                            Function<String, ? extends PlaybackDevice> playback) {
        return new DeviceFactory() {
            @Override
            public CaptureDevice capture(String callId) {
                return capture.apply(callId);
            }

            @Override
            public PlaybackDevice playback(String callId) {
                return playback.apply(callId);
            }
        };
    }
}
