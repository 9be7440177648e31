package io.agentbar.sip.media.ice;

import org.jitsi.config.JitsiConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JVM-wide ice4j settings a desktop softphone needs. ice4j reads its configuration through
 * Typesafe Config, where system properties override the {@code reference.conf} in its jar; the
 * values are read when an {@code Agent} is built, so {@link #apply} must run before the first one
 * ({@link IceSession#gather} calls it). Calling it again changes nothing but the log level.
 */
public final class Ice4jConfiguration {
    private static final Map<String, String> SETTINGS = settings();

    // JUL keeps loggers only weakly: without these references a level set here would be lost
    // when the logger is collected and re-created later at the inherited (INFO) level.
    private static final Logger ICE4J_LOG = Logger.getLogger("org.ice4j");
    private static final Logger JITSI_LOG = Logger.getLogger("org.jitsi");
    // jicoco-config names its logger after the simple class name, outside "org.jitsi".
    private static final Logger CONFIG_LOG = Logger.getLogger("JitsiConfig");

    private static boolean applied;

    private Ice4jConfiguration() {
    }

    private static Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        // On by default: the first Agent would PUT to http://169.254.169.254 looking for EC2
        // metadata. A desktop must not probe the network behind the user's back (security §4.7).
        s.put("ice4j.harvest.mapping.aws.enabled", "false");
        // IPv6 link-local candidates (fe80::/10) only work on one link and were the pair ice4j
        // picked on our test host; a PBX can never reach them.
        s.put("ice4j.harvest.use-link-local-addresses", "false");
        // ice4j logs pair and candidate addresses at INFO; the peer's IP is personal data.
        s.put("ice4j.redact-remote-addresses", "true");
        // The STUN SOFTWARE attribute names the product instead of advertising "ice4j.org".
        s.put("ice4j.software", "AgentBar");
        // ice4j.harvest.mapping.stun.addresses stays at its empty default on purpose: those
        // mapping harvesters are JVM-wide and resolved once, at the first Agent. Each IceSession
        // adds a StunCandidateHarvester for the user's own server instead, so a changed account
        // setting takes effect at the next call and no other server is ever contacted.
        return Map.copyOf(s);
    }

    /** Applies the settings with ice4j's logging at WARNING. */
    public static void apply() {
        apply(false);
    }

    /**
     * Applies the settings once per JVM and sets ice4j's log level.
     *
     * @param debugLogging lowers ice4j's level to INFO, never further: at FINE the Agent logs
     *                     its own {@code toString()}, which carries the local ice-pwd
     */
    public static synchronized void apply(boolean debugLogging) {
        Level level = debugLogging ? Level.INFO : Level.WARNING;
        ICE4J_LOG.setLevel(level);
        JITSI_LOG.setLevel(level);
        CONFIG_LOG.setLevel(level);
        if (applied) {
            return;
        }
        SETTINGS.forEach(System::setProperty);
        reload();
        applied = true;
    }

    /** The properties {@link #apply} sets, for tests and for the support log. */
    public static Map<String, String> settingsApplied() {
        return SETTINGS;
    }

    /**
     * Sets one more ice4j property and makes ice4j read its configuration again; Agents built
     * afterwards see it. Tests use it to shorten the RFC 7675 consent timers.
     */
    static synchronized void override(String key, String value) {
        apply();
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
        reload();
    }

    // Typesafe caches the system properties it saw first; reloading drops that cache, so the
    // settings hold even if something touched ice4j's configuration before us.
    private static void reload() {
        JitsiConfig.Companion.reloadNewConfig();
    }
}
