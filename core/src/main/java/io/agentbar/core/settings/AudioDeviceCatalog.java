package io.agentbar.core.settings;

import java.util.List;

/**
 * The sound devices the agent can choose, by name. Listing may take a moment (the sound system is
 * asked each time, as devices come and go), so callers keep it off the UI thread.
 */
public interface AudioDeviceCatalog {
    List<String> speakers();

    List<String> microphones();
}
