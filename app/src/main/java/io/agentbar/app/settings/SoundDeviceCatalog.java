package io.agentbar.app.settings;

import io.agentbar.audio.device.DeviceCatalog;
import io.agentbar.core.settings.AudioDeviceCatalog;

import java.util.List;

/** The Java Sound mixers that can play or capture in the call format. */
public final class SoundDeviceCatalog implements AudioDeviceCatalog {
    private final DeviceCatalog catalog = new DeviceCatalog();

    @Override
    public List<String> speakers() {
        return catalog.speakers();
    }

    @Override
    public List<String> microphones() {
        return catalog.microphones();
    }
}
