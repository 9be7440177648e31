package io.agentbar.core.settings;

import io.agentbar.core.account.Account;

import java.util.Objects;

/**
 * Who the agent is and what runs the bar, shown read-only in the settings: the desktop bar's
 * "browser" is the Java runtime, and the operating system is named as the browser bar names it.
 */
public record Profile(String fullName, String internalNumber, String appVersion, String javaVersion, String os) {
    public Profile {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(internalNumber, "internalNumber");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(os, "os");
    }

    /** The profile of {@code account} on this JVM and operating system. */
    public static Profile of(Account account, String appVersion) {
        String os = (System.getProperty("os.name", "") + " " + System.getProperty("os.version", "")).strip();
        return new Profile(account.displayName(), account.user(), appVersion, Runtime.version().toString(), os);
    }
}
