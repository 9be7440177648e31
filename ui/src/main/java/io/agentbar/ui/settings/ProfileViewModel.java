package io.agentbar.ui.settings;

import io.agentbar.core.settings.Profile;
import io.agentbar.ui.text.Messages;

/** The Profile tab: who the agent is and what runs the bar. Read-only, as in the browser bar. */
public final class ProfileViewModel {
    private final Profile profile;

    ProfileViewModel(Profile profile) {
        this.profile = profile;
    }

    public String fullName() {
        return profile.fullName().isBlank() ? Messages.get("settings.profile.noName") : profile.fullName();
    }

    public String internalNumber() {
        return profile.internalNumber();
    }

    /** "AgentBar 1.0 on Java 25.0.1+8, Linux 6.8": the desktop bar's browser is its runtime. */
    public String client() {
        return Messages.get("settings.profile.clientText", profile.appVersion(), profile.javaVersion(), profile.os());
    }
}
