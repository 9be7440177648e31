package io.agentbar.audio.device;

/**
 * Java Sound devices for every call, chosen by mixer name (blank: the system default). The
 * names are what {@link DeviceCatalog} lists and what settings persist.
 */
public final class JavaSoundDevices implements DeviceFactory {
    private final String microphone;
    private final String speaker;

    /** The system's default microphone and speaker. */
    public JavaSoundDevices() {
        this("", "");
    }

    public JavaSoundDevices(String microphone, String speaker) {
        this.microphone = microphone;
        this.speaker = speaker;
    }

    @Override
    public CaptureDevice capture(String callId) {
        return new JavaSoundCapture(microphone);
    }

    @Override
    public PlaybackDevice playback(String callId) {
        return new JavaSoundPlayback(speaker);
    }
}
