package io.agentbar.ui.agent;

import io.agentbar.core.agent.Channel;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One line of the "ready on" list: a channel the agent works, whether it is already ready there
 * (shown ticked and fixed) and whether the agent chose it now.
 */
public final class ChannelChoice {
    private final Channel channel;
    private final boolean alreadyReady;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

    ChannelChoice(Channel channel, boolean alreadyReady) {
        this.channel = channel;
        this.alreadyReady = alreadyReady;
        chosen.set(alreadyReady);
    }

    public Channel channel() {
        return channel;
    }

    /** "Voice", "Open channel". */
    public String label() {
        return Messages.get("agent.channel." + channel.token());
    }

    /** The node id part: {@code voice}, {@code open-channel}. */
    public String token() {
        return channel.token();
    }

    public boolean alreadyReady() {
        return alreadyReady;
    }

    public BooleanProperty chosen() {
        return chosen;
    }
}
