package io.agentbar.audio.device;

import java.io.IOException;

/** A device could not be opened or stopped working. The engine answers with silence and an event. */
public final class AudioDeviceException extends IOException {
    public AudioDeviceException(String message) {
        super(message);
    }

    public AudioDeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
